"""Weights of a model the note declares (§ uncatalogued models): a note about its own model states
its parameter count once (`Kestrel-20B is our in-house model, 20.4B parameters`, `«Беркут-34B» —
наша модель на 34 млрд параметров`) and names no catalogued model. A size said in a storage type
in a sentence about the weights (a weights word, or a section headed by one) is then that count ×
the type's bytes: `- int4: 5.1 GB` under `## Weights`, `В bf16 веса занимают 68 ГБ, в int8 — 34 ГБ`.

Only the weights: a sentence about the cache, activations, training or optimizer state, a size per
device, token or replica, arithmetic (`×`, `=`), a size referred back (`that 40.8 GB`) or another
sized model name (`13B`) leaves the figure to the other shapes.
"""

from __future__ import annotations

from vaultkit.claims.fastre import guarded
from vaultkit.claims.quantities import Quantity
from vaultkit.claims.shapes.base import RECIPE, Found, NoteFacts, Sentence, clause_bounds, in_range, make_claim
from vaultkit.claims.verdict import compare, fmt

_WEIGHTS_WORDS = guarded(r"(?i)\bweights?\b|\bвес(?:а|ов)?\b|checkpoint|чекпоинт\w*|\bfile\b|файл\w*")
_OTHER_MEMORY = guarded(
    r"(?i)\bcache\b|кэш\w*|кеш\w*|\bKV\b|activation\w*|активац\w*|\badam\w*|optimi[sz]\w*|оптимизатор\w*|gradient\w*|градиент\w*"
    r"|\btrain\w*|обучен\w*|дообуч\w*|\bZeRO\b|B/param|bytes?\s+per\s+param\w*|байт\w*\s+на\s+параметр\w*|\breplica\w*|реплик\w*"
    r"|\bcontext\b|контекст\w*|\bbatch\w*|батч\w*|\bmargin\b|запас\w*|overhead|\bLoRA\b|adapter\w*|адаптер\w*|\bVRAM\b|видеопамят\w*"
)
_PER_AFTER = guarded(
    r"(?i)\s*(?:each\b|(?:per|/|a|на|по)\s*(?:GPU|card|device|token|replica|node|карт\w*|устройств\w*|токен\w*|узел\w*))"
)
_ARITHMETIC = guarded(r"[×=÷]|\s[*/+]\s")
_REFERRED = guarded(r"(?i)(?:\bthat|\bthis|\bthese|\bthe\s+same|\bэт[иоау]т?|\bтот|\bте)\s*$")


def _dtype_of(s: Sentence, q: Quantity) -> tuple[str, float] | None:
    """The storage type said of the figure in its sentence: the one in its clause, else the nearest before it."""
    here = in_range(s.dtypes, s.start, s.end)
    if not here or any(d.gguf for d in here):
        return None
    a, b = clause_bounds(s, q.start, q.end)
    own = [d for d in here if a <= d.start < b]
    before = [d for d in here if d.end <= q.start]
    d = own[-1] if len(own) == 1 else (before[-1] if not own and before else None)
    return (d.name, d.bytes) if d is not None and d.bytes > 0 else None


_NOT_TRAINING = guarded(r"(?i)\bcache\b|кэш\w*|кеш\w*|\bKV\b|activation\w*|активац\w*|\bLoRA\b|adapter\w*|адаптер\w*")


def _training(s: Sentence, facts: NoteFacts, params: float, said: str) -> list[Found]:
    """`Mixed-precision Adam (16 B/param) gives 326.4 GB`, `(18 байт на параметр) выходит 306 ГБ`: the
    recipe's bytes per parameter said in the sentence × the note's parameters (a size per device is not the total)."""
    text = s.unit.masked
    found = [*RECIPE.finditer(s.unit.text, s.start, s.end), *_B_PER_PARAM.finditer(s.unit.text, s.start, s.end)]
    recipes = {float(m.group(1).replace(",", ".")) for m in found}
    if len(recipes) != 1 or _NOT_TRAINING.search(s.unit.text, s.start, s.end) or _ARITHMETIC.search(text, s.start, s.end):
        return []
    recipe = next(iter(recipes))
    out: list[Found] = []
    for q in s.quantities:
        if q.kind != "bytes" or q.hi is not None or q.scale < 1e9 or _PER_AFTER.match(text, q.end):
            continue
        if _REFERRED.search(text, max(s.start, q.start - 14), q.start) or _DEVICES_BEFORE.search(
            text, max(s.start, q.start - 40), q.start
        ):
            continue  # `ZeRO-3 over 8 GPUs turns into …`: a share
        computed = params * recipe
        check = compare(q, computed)
        how = f"the note's model, {said} ({params / 1e9:.4g}B params) × {recipe:g} bytes per parameter = {fmt(computed, q.scale)}"
        claim = make_claim(s.unit, q.start, q.end, "training", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


_RECIPE_NEXT = guarded(r"(?i)\s*/\s*param")  # `16 B/param` is read as 16 billion: a recipe, not a model size
_B_PER_PARAM = guarded(r"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)\s*B\s*/\s*param\w*")  # `16 B/param`
_DEVICES_BEFORE = guarded(r"(?i)\b(?:over|on|across|на|по)\s+\d+\s*(?:GPUs?|cards?|H100|A100|карт\w*|устройств\w*)[^,;.]*$")


def declared_weights(s: Sentence, facts: NoteFacts) -> list[Found]:
    declared = facts.declared_params
    if declared is None:
        return []
    text = s.unit.masked
    if any(m.config is not None or (m.nominal and abs(m.nominal - declared[0]) > 0.1 * declared[0]) for m in s.models):
        return []  # another model's figure
    if any(
        q.kind == "count"
        and q.value >= 1e8
        and abs(q.value - declared[0]) > 0.1 * declared[0]
        and not _RECIPE_NEXT.match(text, q.end)
        for q in s.quantities
    ):
        return []  # `a 7B baseline`: another size of model
    if RECIPE.search(s.unit.text, s.start, s.end) or _B_PER_PARAM.search(s.unit.text, s.start, s.end):
        return _training(s, facts, *declared)
    if _OTHER_MEMORY.search(s.unit.text, s.start, s.end) or _ARITHMETIC.search(text, s.start, s.end):
        return []
    if not (_WEIGHTS_WORDS.search(s.unit.text, s.start, s.end) or s.unit.line in facts.weights_section):
        return []
    params, said = declared
    out: list[Found] = []
    for q in s.quantities:
        if q.kind != "bytes" or q.hi is not None or q.scale < 1e6 or _PER_AFTER.match(text, q.end):
            continue
        if _REFERRED.search(text, max(s.start, q.start - 14), q.start):
            continue
        dtype = _dtype_of(s, q)
        if dtype is None:
            continue
        name, nbytes = dtype
        computed = params * nbytes
        check = compare(q, computed)
        how = f"the note's model, {said} ({params / 1e9:.4g}B params) × {nbytes:g} bytes ({name}) = {fmt(computed, q.scale)}"
        claim = make_claim(s.unit, q.start, q.end, "weights", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out
