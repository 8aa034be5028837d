"""Parameter counts the sized unit does not reach: a count said per layer and again over all the
layers, a LoRA adapter's trainable parameters, and a whole model's count in a sentence that names
no model (the note's model, from its section, heading or properties).

- **Per layer, then over N layers** (`212,992 per layer, 6.8M over the 32 layers`, `на слой
  624 640, на 32 слоя — 19 988 480`, `each block has 7,087,872; 12 blocks → 85,054,464`): the
  total is the per-layer count × N. Both figures and N come from the sentence.
- **LoRA** (`r = 16 on q_proj and v_proj … 8,388,608 trainable`): each adapted matrix adds
  r · (d_in + d_out), the matrices' shapes from the model's config (k and v are hidden × kv_heads ·
  head_dim under grouped-query attention), times the layers. The rank and the adapted matrices
  are read from the sentence, else from the nearest of the three lines above it in its section
  that states a rank; the model from the sentence, else the note's. A count that does not match
  is wrong only when the model is named there and no matrix shape said there differs from the
  config; otherwise it is unverifiable.
- **The note's model** (`The base has 6.74B parameters`, `В модели 7,24 млрд параметров`,
  `46.7B in total, about 12.9B active`): a count in parameters in a sentence that names no model
  is the note's model's when it matches its count (total, or active when the sentence says so, or
  the published rounded one); a count that does not match may be of anything else, so it is no
  claim.

Figures a LoRA or per-layer rule judges are used; a whole-model count is left for the sized unit
too (`8.03B params at 2 bytes each` is also the subject of a weights figure).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from vaultkit.claims.catalog import ModelConfig, ModelMention, find_mentions
from vaultkit.claims.engine import count_parameters, mlp_params
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, _is_number_word, _spelled, find_quantities
from vaultkit.claims.shapes.base import (
    GROUPED_DIGITS,
    Found,
    NoteFacts,
    Sentence,
    clause_bounds,
    in_range,
    line_names,
    line_start,
    make_claim,
)
from vaultkit.claims.shapes.sized import (
    _context_model,
    _size_called_before,
    _subject_sizes,
    context_model,
    is_parameter_count,
    lead_in_model,
)
from vaultkit.claims.verdict import compare, fmt

# a size said as a count of parameters (`gives 13.6M trainable parameters`, `всего 10,1 млн обучаемых`): the figure a
# sentence states, never the name it calls its model by
_COUNT_NOT_NAME = guarded(r"(?i)\*{0,2}\s+(?:[^\W\d][\w-]*\s+){0,2}?(?:param\w*|параметр\w*|trainable|обучаем\w*)")


def subject_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The model a sentence that names none is about (`context_model`), where a count of parameters it states
    (`13.6M trainable parameters`) is not taken for a size it calls its model by (the 13.6M model)."""
    found = context_model(s, facts)
    if found is not None:
        return found
    sizes = _subject_sizes(s, s.start, s.end)
    if not sizes or not all(_COUNT_NOT_NAME.match(s.unit.masked, m.end()) for m in sizes) or _size_called_before(s):
        return None
    return _context_model(s, facts)


def _is_count(q: Quantity) -> bool:
    """A count of things (`6.8M`, `39 976 960 параметров`) or an exact grouped integer (`624 640`)."""
    if q.hi is not None or q.bound:
        return False
    if q.kind == "count":
        return True
    return q.kind == "number" and q.value >= 1e3 and bool(GROUPED_DIGITS.match(q.text.strip()))


@lru_cache(maxsize=64)
def _line_counts(text: str) -> tuple[tuple[Quantity, ...], list[int]]:
    """Every count of a line, those an earlier unit used included (a per-layer count that is an
    expression's result is still the per-layer count), with their starts: read once per line."""
    found = tuple(q for q in find_quantities(text) if _is_count(q))
    return found, [q.start for q in found]


def _counts_in(text: str, a: int, b: int) -> tuple[Quantity, ...]:
    """The counts of a line that start in [a, b) and end by b, by bisection (a long line stays linear)."""
    found, starts = _line_counts(text)
    return tuple(q for q in found[bisect_left(starts, a) : bisect_left(starts, b)] if q.end <= b)


# ---------------------------------------------------------------------------------------------
# per layer, then over N layers

_PER_LAYER_BEFORE = guarded(
    r"(?i)(?:\b(?:per|each|every|one|a\s+single)\s+(?:decoder\s+|transformer\s+|encoder\s+)?(?:layer|block)\b"
    r"|на\s+(?:один\s+|каждый\s+)?(?:слой|блок)\b|(?:один|каждый)\s+(?:слой|блок)\b|\bслой\s+целиком\b|\bодин\s+слой\b)"
    r"(?:(?!\d{1,3}[,\u00a0\u202f ]\d{3})[^.;]){0,40}$"  # no other count between: `per layer q adds A and v adds B`
)
_PER_LAYER_AFTER = guarded(
    r"(?i)\s*(?:[^\W\d][\w-]*\s+){0,2}?(?:per|each|a|/)\s*(?:layer|block)\b|\s*(?:[^\W\d][\w-]*\s+){0,2}?на\s+(?:один\s+|каждый\s+)?(?:слой|блок)\b"
)
_LAYERS = r"(?:layers?|blocks?|decoder\s+layers|transformer\s+blocks|сло(?:я|ёв|ев|ях|ям|и|й)|блок(?:а|ов|ах|и)?)"
# `на 32 слоя — T`, `32 слоя: T`, `12 blocks → T`, `over 32 layers that is T` (`× 32 layers = T` is an expression's)
_LAYERS_THEN_TOTAL = guarded(
    r"(?i)(?:\b(?:over|across|for|on|in|на|по|для|за|всего\s+на)\s+)?(?:(?:all|the|all\s+the|все|всех)\s+)?"
    r"(?P<n>\d{1,3})\s+"
    + _LAYERS
    + r"\s*(?::|—|–|-|→|->|,|\s)\s*"  # `32 layers = T` is an incomplete product: the expression units' claim
    + r"(?:(?:that\s+is|this\s+is|gives|makes|это|дают|даёт)\s*[:—–-]?\s*)?$"
)
_N_LAYERS = guarded(r"(?i)\d+\s+" + _LAYERS + r"\b")
_OPERATOR_BEFORE = guarded(r"(?:[×*·]|\bx)\s*$")
# `T over the 32 layers`, `T на 32 слоя`, `T for all 32 layers`
_TOTAL_THEN_LAYERS = guarded(
    r"(?i)\s*(?:[^\W\d][\w-]*\s+){0,2}?(?:over|across|for|in|на|по|для|за)\s+(?:(?:all|the|all\s+the|все|всех|всё)\s+)?(?P<n>\d{1,3})\s+"
    + _LAYERS
    + r"\b"
)


def _per_layer_totals(s: Sentence) -> list[Found]:
    text = s.unit.masked
    figures = _counts_in(text, s.start, s.end)
    out: list[Found] = []
    free = {(q.start, q.end) for q in s.quantities}
    for i, p in enumerate(figures):
        marker = _PER_LAYER_BEFORE.search(text, max(s.start, p.start - 60), p.start)
        if marker is not None and i and figures[i - 1].start >= marker.start():
            marker = None  # `per layer the attention has 67M and the MLP 135M`: the second is a part too
        if not (marker or _PER_LAYER_AFTER.match(text, p.end)):
            continue
        for t in figures[i + 1 : i + 2]:  # the next count only: another between is another part
            if (t.start, t.end) not in free or t.value <= p.value:
                continue
            gap = text[p.end : t.start]
            if ";" in gap and not re.search(r"(?i)сло|layer|block|блок", gap.rsplit(";", 1)[1]):
                break  # the next clause says nothing of layers: its figure is something else
            before = _LAYERS_THEN_TOTAL.search(text, max(p.end, t.start - 60), t.start)
            after = _TOTAL_THEN_LAYERS.match(text, t.end)
            m = before or after
            if m is None:
                continue
            if before is not None and re.search(r"[+]|\bplus\b|плюс|embed|эмбед|head", text[before.start() : t.start], re.I):
                break  # `32 layers + embeddings: 6.74B`: the total has more in it
            n = int(m.group("n"))
            if n < 2 or _OPERATOR_BEFORE.search(text, max(s.start, m.start("n") - 4), m.start("n")):
                break  # `× 32 layers = T`: a product chain, the expression units' claim
            computed = p.value * n
            stated = t if t.kind == "count" else replace(t, kind="count")
            check = compare(stated, computed)
            how = f"{p.text.strip()} per layer × {n} layers = {fmt(computed, stated.scale, 'count')}"
            if not check.verdict.holds and computed < t.value <= 1.2 * computed:
                # a little above the layers' sum: the whole model with its embeddings, said beside the layers
                check = replace(check, verdict=Verdict.UNVERIFIABLE)
                how += " (the figure may be the whole model, embeddings included)"
            claim = make_claim(
                s.unit, t.start, t.end, "param-per-layer", check.verdict, f"{how}; {check.explanation}", stated=t.text
            )
            out.append(Found(claim, ((t.start, t.end),)))
            break
    return out


# ---------------------------------------------------------------------------------------------
# LoRA adapters

_RANK = guarded(
    r"(?i)(?<![\w-])(?:r\s*=\s*|rank[\s-]*(?:r\s*=\s*)?|ранг(?:ом|е|а)?\s*(?:r\s*=\s*)?)(?P<r>\d{1,4})(?![\d.,]\d)"
)
_R_EQUALS = guarded(r"(?<![\w-])r\s*=\s*(?P<r>\d{1,4})(?![\d.,]\d)")
_LORA_WORDS = guarded(r"(?i)lora|adapter|адаптер|trainable|обучаем\w*|peft")
_ALL_SEVEN = guarded(
    r"(?i)\ball\s+(?:seven|7)\s+(?:projections|linear|matrices)|\b(?:every|each|all)\s+linear\s+(?:layers?|modules?|projections?)"
    r"|\ball[-_\s]linear\b|(?:все|всех|всем)\s+(?:семи|7|семь)\s+(?:проекци|матриц|линейн)\w*|(?:все|всех|всем)\s+линейн\w+\s+(?:сло|сло\w+|проекци\w+|модул\w+)"
)
_ONE_MATRIX = guarded(r"(?<![\w-])(?P<m>[qkvo])_proj(?![\w-])|(?<![\w-])(?P<g>gate|up|down)_proj(?![\w-])")
# single letters count only as a list (`q and v`, `q, k, v, o`, `q/k/v/o`): a lone `o` or `v` is a word or a name
_LETTER_LIST = guarded(r"(?<![\w-])[qkvo](?:\s*(?:,|/|\+|&|\band\b|\bи\b)\s*[qkvo](?![\w-]))+")
_GATE_UP_DOWN = guarded(r"(?i)\bgate\b\s*[,/]\s*up\b\s*(?:[,/]|and|и)\s*down\b|\bgate\s*,\s*up\s*,\s*down\b")
_SHAPE_SAID = guarded(r"(?<![\d.,])(?P<a>\d{3,6})\s*(?:×|x|→|->)\s*(?P<b>\d{3,6})(?![\d.,])")
_PER_MATRIX = guarded(
    r"(?i)\b(?:each|per|every|one)\s+(?:adapted\s+)?(?:matrix|module|projection)\b|на\s+(?:каждую\s+)?матриц\w*|кажд\w+\s+матриц\w*"
)
_NOT_PARAMS = guarded(r"(?i)\s*(?:tokens?|токен|bytes?|байт|GPU|steps?|шаг|rows?|строк|vectors?|вектор)")
_EACH = guarded(r"(?i)\beach\b|\ball\b|\bboth\b|кажд\w*|\bвсе\b|\bобе\b|\bоба\b")
_TRAINABLE_AFTER = guarded(r"(?i)\s*(?:param\w*\s+|параметр\w*\s+)?(?:trainable|adapter|lora|обучаем\w*|адаптер\w*)")
# the whole model a share is taken of (`4.2 % of the 8.03B base`, `от 8,03 млрд`)
_WHOLE_BEFORE = guarded(r"(?i)(?:\bof|\bот|\bиз|\bbase|\bбазов\w*)\s+(?:the\s+)?(?:[~≈]\s*)?$")
# a restatement right after a figure (`159,907,840 trainable parameters, i.e. about 160M`, `(≈ 4,2 млн)`)
_RESTATED = guarded(
    r"(?i)^[\s,(]*(?:i\.\s?e\.|that\s+is|or|т\.\s?е\.|то\s+есть|или)?[\s,]*(?:about|roughly|around|около|примерно)?\s*$"
)


# a rank put on attention matrices named by their letters (`Rank 16 on q, k, v, o`, `ранг 8 на q и v`): an adapter's
_RANK_ON_LETTERS = guarded(
    r"(?i)\b(?:rank|r|ранг)\s*=?\s*\d{1,4}\s+(?:on|for|to|на|для)\s+(?:the\s+)?[qkvo](?:\s*(?:,|/|\+|&|\band\b|\bи\b)\s*[qkvo])+(?![\w-])"
)


def _matrices(text: str) -> frozenset[str]:
    """The projections a LoRA adapts, as a text names them."""
    if _ALL_SEVEN.search(text):
        return frozenset(["q", "k", "v", "o", "gate", "up", "down"])
    names = set()
    for m in _ONE_MATRIX.finditer(text):
        names.add(m.group("m") or m.group("g"))
    for m in _LETTER_LIST.finditer(text):
        names |= set(re.findall(r"[qkvo]", re.sub(r"\b(?:and|и)\b", " ", m.group(0))))
    if _GATE_UP_DOWN.search(text):
        names |= {"gate", "up", "down"}
    return frozenset(names)


def _shapes(cfg: ModelConfig) -> dict[str, tuple[int, int]] | None:
    """(d_in, d_out) of each projection LoRA adapts, from a dense decoder's config."""
    if cfg.kv_lora_rank or cfg.bert or cfg.decoder_layers:
        return None
    q = cfg.heads * cfg.head_dim
    kv = cfg.kv_heads * cfg.head_dim
    shapes = {"q": (cfg.hidden, q), "k": (cfg.hidden, kv), "v": (cfg.hidden, kv), "o": (q, cfg.hidden)}
    if cfg.gated and not cfg.is_moe:  # an MoE model's attention is dense, its MLPs are experts'
        shapes |= {
            "gate": (cfg.hidden, cfg.intermediate),
            "up": (cfg.hidden, cfg.intermediate),
            "down": (cfg.intermediate, cfg.hidden),
        }
    return shapes


@lru_cache(maxsize=256)
def _rank_stated(text: str) -> tuple[int, frozenset[str], frozenset[tuple[int, int]]] | None:
    """The one LoRA rank a text states, with the matrices and the shapes (`4096 × 4096`) it names."""
    ranks = {int(m.group("r")) for m in _RANK.finditer(text)}
    if len(ranks) != 1 or not (_LORA_WORDS.search(text) or "_proj" in text or _RANK_ON_LETTERS.search(text)) or min(ranks) < 1:
        return None  # a rank only of an adapter (`LoRA r = 16`, `Rank 16 on q, k, v, o`), not a process's (`rank 0`)
    said = frozenset((int(m.group("a")), int(m.group("b"))) for m in _SHAPE_SAID.finditer(text))
    return next(iter(ranks)), _matrices(text), said


def _lora_setting(s: Sentence, facts: NoteFacts) -> tuple[int, frozenset[str], frozenset[tuple[int, int]], str] | None:
    """The rank, matrices and said shapes of the adapter a sentence counts, and the text they came from."""
    here = s.unit.text[s.start : s.end]
    found = _rank_stated(here) if _RANK.search(here) else None
    if found is not None and found[1]:
        return (*found, here)
    if found is None and _RANK.search(here):
        own = {int(m.group("r")) for m in _R_EQUALS.finditer(here)}
        if len({int(m.group("r")) for m in _RANK.finditer(here)}) != 1 or len(own) != 1:
            return None  # two ranks in the sentence (`rank 64 trains 4× as many as rank 16`): which one is unclear
        found = (next(iter(own)), frozenset(), frozenset())  # `При r = 64 было бы 8,4 млн`: the adapter's rank, said as `r =`
    before = s.unit.text[max(0, s.start - 300) : s.start]  # the sentences before it on its line, then the lines above
    for line in (before, *facts.lines_above.get(s.unit.line, ())):
        if not _RANK.search(line):
            continue
        stated = _rank_stated(line)
        if stated is None or not stated[1]:
            return None
        if found is not None and found[0] != stated[0]:
            # `Had I gone to r = 64 it would be 27.3M`: the sentence's own rank on the matrices said above
            return (found[0], stated[1], stated[2], here)
        return (*stated, line)
    return None


def _lora_model(s: Sentence, facts: NoteFacts, source: str) -> tuple[ModelMention | None, bool]:
    """The model the adapter is put on, and whether it is named in the sentence or beside the rank."""
    named = [m for m in s.models if m.config is not None]
    if len({m.config.name for m in named if m.config is not None}) == 1:
        return named[0], True
    if s.models:
        return None, False
    beside = {m.config.name: m for m in find_mentions(source) if m.config is not None}
    if len(beside) == 1:
        return next(iter(beside.values())), True
    if beside:
        return None, False
    found = subject_model(s, facts)
    if found is None or found.config is None:
        # the one catalogued model the whole note names (its title, its aliases): a count that matches it holds, one
        # that does not is unverifiable (not named here)
        names = {m.config.name for m in facts.note_models if m.config is not None}
        if len(names) == 1:
            return next(m for m in facts.note_models if m.config is not None), False
    return found, False


def _in_parameters(text: str, q: Quantity) -> bool:
    """A count said in parameters (`8,4 млн параметров`, `27.3M params`, `54M trainable parameters`)."""
    return bool(re.search(r"(?i)param|парам", q.text) or _PARAM_WORD.match(text, q.end) or _TRAINABLE_AFTER.match(text, q.end))


def _confirmed_above(
    s: Sentence, facts: NoteFacts, r: int, matrices: frozenset[str], shapes: dict[str, tuple[int, int]], layers: int
) -> bool:
    """Whether the lines above a sentence (its own line before it, then up to three of its section) state an adapter at
    another rank on the same matrices and its count, and that count matches this model's config (`r = 16 on q, k, v, o
    gives 13.6M` above `Going to r = 64 would mean 27.3M`): the model and matrices read are then the note's own."""
    lines = (s.unit.text[max(0, s.start - 300) : s.start], *facts.lines_above.get(s.unit.line, ()))
    ranks = [st for st in (_rank_stated(line) for line in lines if _RANK.search(line)) if st is not None]
    if not ranks or ranks[0][0] == r or ranks[0][1] != matrices:
        return False
    per_layer = sum(ranks[0][0] * (shapes[m][0] + shapes[m][1]) for m in sorted(matrices))
    for line in lines:
        for q in find_quantities(line):
            if _is_count(q) and q.value >= 1e4 and _in_parameters(line, q):
                stated_q = q if q.kind == "count" else replace(q, kind="count")
                if any(compare(stated_q, float(v)).verdict.holds for v in (per_layer * layers, per_layer)):
                    return True
    return False


_BARE_SIZE = guarded(r"\d+(?:\.\d+)?[BMbm]")
_THE_BEFORE = guarded(r"(?i)\b(?:the|a|an|this|that|our|its)\s+$")


def _lora_counts(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    here = s.unit.text[s.start : s.end]
    if not _LORA_WORDS.search(here) and not _RANK.search(here):
        return []
    candidates = [
        q
        for q in s.quantities
        if _is_count(q)
        and q.value >= 1e4
        and not _NOT_PARAMS.match(text, q.end)
        # `1.7 GB for the 7B`: a model called by its size, not a count (`the 7B parameters` is one)
        and not (_BARE_SIZE.fullmatch(q.text) and _THE_BEFORE.search(text, max(0, q.start - 8), q.start))
    ]
    if not candidates:
        return []
    setting = _lora_setting(s, facts)
    if setting is None:
        return []
    r, matrices, said, source = setting
    model, named = _lora_model(s, facts, source)
    if model is None or model.config is None:
        return []
    shapes = _shapes(model.config)
    if shapes is None or not matrices <= set(shapes):
        return []
    per_layer = sum(r * (shapes[m][0] + shapes[m][1]) for m in sorted(matrices))
    layers = model.config.layers
    total = per_layer * layers
    config_shapes = {tuple(sorted(shapes[m])) for m in matrices}
    said_shapes = {tuple(sorted(x)) for x in said}
    # the note states a matrix shape the config does not have, or one shape for all of several (`4096 × 4096 each`)
    differs = bool(said_shapes - config_shapes) or (
        bool(said_shapes) and len(config_shapes) > len(said_shapes) and _EACH.search(source) is not None
    )
    mats = ", ".join(m for m in ("q", "k", "v", "o", "gate", "up", "down") if m in matrices)
    out: list[Found] = []
    prev: int | None = None  # where the adapter's count said before ends
    for q in candidates:
        if _PER_MATRIX.search(text, max(s.start, q.start - 50), q.start):
            continue  # one matrix's share: an expression states it
        before = _PER_LAYER_BEFORE.search(text, max(s.start, q.start - 40), q.start)
        if before is not None and _N_LAYERS.search(text, before.start(), q.start):
            before = None  # `two matrices per layer over 32 layers gives N`: the total over the layers
        per = bool(before or _PER_LAYER_AFTER.match(text, q.end))
        computed = float(per_layer if per else total)
        if q.kind != "count":
            q = replace(q, kind="count")
        check = compare(q, computed)
        if not check.verdict.holds:
            approx = compare(replace(q, hedge=True), computed)
            if approx.verdict.holds and q.printed < 1000 and "." in q.digits:
                check = approx  # `about 160M`, `6.8M`: a rounded restatement
        if _WHOLE_BEFORE.search(text, max(s.start, q.start - 16), q.start):
            continue  # the base model a share is taken of
        a, _ = clause_bounds(s, q.start, q.end)
        said_of_adapter = (
            _TRAINABLE_AFTER.match(text, q.end)
            or _LORA_WORDS.search(text, max(a, q.start - 200), q.start)
            # `При r = 64 было бы 8,4 млн параметров`: parameters at the adapter's rank said before them
            or (_R_EQUALS.search(s.unit.text, s.start, q.start) and _in_parameters(text, q))
        )
        restated = prev is not None and _RESTATED.match(
            re.sub(r"(?i)\s*(?:trainable|обучаем\w*|param\w*|параметр\w*)", "", text[prev : q.start])
        )
        if not (said_of_adapter or restated):
            continue  # a figure not said to be the adapter's
        prev = q.end
        how = (
            f"LoRA r = {r} on {mats} of {model.text}: r · (d_in + d_out) summed = {per_layer:,} per layer"
            + ("" if per else f" × {layers} layers = {total:,}")
            + " trainable parameters"
        )
        verdict = check.verdict
        explanation = f"{how}; {check.explanation}"
        if not verdict.holds and not named and not differs and _confirmed_above(s, facts, r, matrices, shapes, layers):
            named = True  # the adapter above, on the same matrices of this model, matches its count: the reading is the note's
        if not verdict.holds and (not named or differs):
            verdict = Verdict.UNVERIFIABLE
            explanation = f"{how} (from {model.text}'s config; the note may mean other matrix shapes); {check.explanation}"
        claim = make_claim(s.unit, q.start, q.end, "lora-params", verdict, explanation, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# ---------------------------------------------------------------------------------------------
# a whole model's count in a sentence that names no model

_ACTIVE_NEAR = guarded(
    r"(?i)\bactive\b|\bactivated\b|\bper\s+token\b|\bfor\s+each\s+token\b|активн\w*|на\s+(?:каждый\s+)?токен"
)
_TOTAL_NEAR = guarded(r"(?i)\btotal\b|\bin\s+all\b|\bвсего\b|\bитого\b|\bв\s+сумме\b")
# a total word right before a count (`Всего 140,6 млрд`, `Total 46.7B`, `in total 46.7B`), no figure between
_TOTAL_BEFORE = guarded(r"(?i)(?:\btotal|\bin\s+all|\bвсего|\bитого|\bв\s+сумме)(?:\s+(?:of|is|are|—|–|-|:))?[\s:]*$")
_ACTIVE_RIGHT_AFTER = guarded(r"(?i)\s*(?:(?:param\w*|параметр\w*)\s+)?(?:active|activated|активн\w*)")
# an active count said by its verb or adjective right before it (`activates 12.9B`, `активных на токен 39 млрд`,
# `задействует 39 млрд`), nothing but a `per token` between
_ACTIVE_BEFORE = guarded(
    r"(?i)(?:\bactivat(?:es|ed|e|ing)|\bactive|\bактивн\w*|\bактивиру\w*|\bзадейству\w*)"
    r"(?:\s+(?:only|just|всего|лишь|только|about|around|около|примерно|~|≈))?"
    r"(?:\s+(?:per\s+token|на\s+(?:каждый\s+)?токен|for\s+each\s+token))?(?:\s+(?:only|just|всего|лишь|только))?[\s:—–-]*$"
)
_PARAM_WORD = guarded(r"(?i)\s*(?:[\w-]+\s+)?(?:param\w*|параметр\w*)")
_PART_WORDS = guarded(
    r"(?i)\b(?:embedding|embeddings|matri(?:x|ces)|layers?|block|experts?|attention|mlp|ffn|head|trainable|lora|adapters?|vision|encoder|"
    r"projector|tower|router|vocab\w*)\b|эмбеддинг\w*|матриц\w*|сло[йяеё]\w*|эксперт\w*|внимани\w*|обучаем\w*|адаптер\w*|энкодер\w*|проектор\w*|словар\w*"
)
_HYPOTHETICAL = guarded(r"(?i)\bif\b|\bwould\b|\bcould\b|\bесли\b|\bбы\b")


def _said_as_count(s: Sentence, q: Quantity) -> bool:
    """A count in parameters (`6.74B parameters`), or one written to three figures (`8.03B`): not a
    size name (`any "7B" model`), which names a class of models, not a count."""
    if "param" in q.unit.lower() or "парам" in q.unit.lower() or _PARAM_WORD.match(s.unit.masked, q.end):
        return True
    if _ACTIVE_BEFORE.search(s.unit.masked, max(s.start, q.start - 40), q.start):
        return True  # `активных на токен 39 млрд`: an active count, said by its adjective
    return len(q.digits.replace(".", "").replace(",", "").lstrip("0")) >= 3


@lru_cache(maxsize=256)
def _catalogued(line: str) -> frozenset[str]:
    return frozenset(m.config.name for m in find_mentions(line) if m.config is not None)


def _model_above(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    """The one catalogued model the lines above in the section name (`**Q:** … Mixtral-8x7B-Instruct …` over an answer
    that calls it `Mixtral`): only to find that a count is its count, never to judge one that is not."""
    lines = facts.lines_above.get(s.unit.line, ())
    names = set().union(*(_catalogued(line) for line in lines)) if lines else set()
    if len(names) != 1:
        return None
    return next(m for line in lines for m in find_mentions(line) if m.config is not None)


_BECAUSE = guarded(r"(?i)\bbecause\b|\bsince\b|\bas\b|\bwhile\b|потому|так\s+как|поскольку|\bведь\b")


def _part_said(s: Sentence, q: Quantity) -> bool:
    """A part word in the figure's clause before it, or just after it before any `because` (`70B of them outside the
    embeddings`; not `the real total is 46.7B because attention and embeddings are shared`)."""
    text = s.unit.masked
    a, b = clause_bounds(s, q.start, q.end)
    after = text[q.end : min(b, q.end + 30)]
    cut = _BECAUSE.search(after)
    return bool(_PART_WORDS.search(text, a, q.start) or _PART_WORDS.search(after[: cut.start()] if cut else after))


def _whole_model_counts(s: Sentence, facts: NoteFacts, mine: frozenset[tuple[int, int]] = frozenset()) -> list[Found]:
    """Counts of the note's model in a sentence that names none; and, in a sentence that names one
    catalogued model, the counts another unit used as an operand (`72.7B × 2 bytes ≈ 145 GB`), which
    the sized unit no longer sees. Holds only: a count that is not the model's is no claim here."""
    text = s.unit.masked
    free = {(q.start, q.end) for q in s.quantities}
    named = {m.config.name: m for m in s.models if m.config is not None}
    # a family name without a size (`У Mixtral 46 702 792 704 параметра`) names no model to judge by: the note's is
    family_only = bool(s.models) and not named and not any(m.sized for m in s.models)
    operands_only = (bool(s.models) and not family_only) or lead_in_model(s, facts) is not None
    if operands_only and (len(named) != 1 or any(m.config is None for m in s.models)):
        return []  # two models, or one the catalogue lacks: whose count it is is unclear
    candidates = [
        q
        for q in _counts_in(text, s.start, s.end)
        if (q.start, q.end) not in mine
        and (not operands_only or (q.start, q.end) not in free)  # the sized unit judges a free count of a named model
        and ((q.kind == "count" and is_parameter_count(s, q) and _said_as_count(s, q)) or (q.kind == "number" and q.value >= 1e6))
    ]
    if not candidates:
        return []
    if _HYPOTHETICAL.search(text, s.start, s.end):
        return []  # a model that is not (`if the MLP were not gated, …`)
    candidates = [q for q in candidates if not _part_said(s, q)]  # a count of a part of it
    if not candidates:
        return []
    model = next(iter(named.values())) if operands_only else subject_model(s, facts)
    if not operands_only and (model is None or model.config is None):
        model = _model_above(s, facts)
    if model is None or model.config is None:
        return []
    b = count_parameters(model.config)
    out: list[Found] = []
    for q in candidates:
        a_, b_ = max(s.start, q.start - 30), min(s.end, q.end + 40)
        active = model.config.is_moe and bool(_ACTIVE_NEAR.search(text, q.end, b_) or _ACTIVE_NEAR.search(text, a_, q.start))
        if active and _TOTAL_NEAR.search(text, q.end, min(s.end, q.end + 12)):
            active = False  # `46.7B total, 12.9B active`: the word right after the figure is its own
        total_before = _TOTAL_BEFORE.search(text, max(s.start, q.start - 24), q.start)
        if active and total_before and not _ACTIVE_RIGHT_AFTER.match(text, q.end):
            active = False  # `Всего 140,6 млрд параметров, активных …`: the word right before it is its own
        if not active and model.config.is_moe and _ACTIVE_BEFORE.search(text, max(s.start, q.start - 40), q.start):
            active = True  # `The 8x7B activates 12.9B`, `активных на токен 39 млрд`
        exact = float(b.active if active else b.total)
        readings = [exact]
        if model.config.nominal and not active:
            readings.append(model.config.nominal)
        stated = q if q.kind == "count" else replace(q, kind="count")
        checks = [compare(stated, v) for v in readings]
        if not any(c.verdict.holds for c in checks):
            # a size name (`7B`: two figures at most) is nominal, ±10 %
            short = "." not in q.digits or len(q.digits.replace(".", "").lstrip("0")) <= 2
            approx = compare(replace(stated, hedge=True), exact)
            if not (approx.verdict.holds and (short or q.hedge)):
                continue  # not this model's count: a part of it or some other model's, no claim
            checks = [approx]
        check = next(c for c in checks if c.verdict.holds)
        whose = model.text if operands_only else f"{model.text} (the note's model)"
        how = f"{whose}: {exact:,.0f} {'active ' if active else ''}parameters from its config"
        claim = make_claim(s.unit, q.start, q.end, "param-count", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ()))  # left for the sized unit: the count may also be a weights figure's subject
    return out


# ---------------------------------------------------------------------------------------------
# an adapter's file: its trainable parameters × the bytes of the type it is saved in

_ADAPTER_WORD = guarded(r"(?i)adapter|адаптер\w*|\blora\b")
_BASE_WORDS = guarded(
    r"(?i)\bbase\b|\bbackbone\b|\bfrozen\b|баз\w*|основн\w+\s+модел\w*|замороженн\w*"
    # the adapter merged into its base, or the whole model: `the merged model is 13.5 GB`, `слитая модель — 13,5 ГБ`
    r"|\bmerg\w*|\b(?:full|whole|entire)\s+model|слит\w*|слия\w*|(?:полн|цел)\w+\s+модел\w*"
)
_MERGED_WHOLE = guarded(
    r"(?i)\bmerged\s+(?:model|checkpoint|weights)|слит\w*\s+(?:модел|чекпо|вес)\w*|(?:full|whole|entire)\s+model"
)


@lru_cache(maxsize=64)
def _stated_trainable(line: str, until: int | None = None) -> Quantity | None:
    """The first count a text says is trainable (`16,777,216 trainable`, `~168M trainable parameters`)."""
    for q in find_quantities(line if until is None else line[:until]):
        if _is_count(q) and q.value >= 1e4 and _TRAINABLE_AFTER.match(line, q.end):
            return q
    return None


def _adapter_count(s: Sentence, facts: NoteFacts, first: int) -> tuple[float, str, bool] | None:
    """The adapter's trainable parameters (count, how, exact): from its rank and matrices when the note states
    them (`r = 16 on q_proj, v_proj`), else the trainable count said before (the sentence, the lines above)."""
    setting = _lora_setting(s, facts)
    if setting is not None:
        r, matrices, _, source = setting
        model, _ = _lora_model(s, facts, source)
        shapes = _shapes(model.config) if model is not None and model.config is not None else None
        if model is not None and model.config is not None and shapes is not None and matrices <= set(shapes):
            total = model.config.layers * sum(r * (shapes[m][0] + shapes[m][1]) for m in matrices)
            return float(total), f"LoRA r = {r} on {len(matrices)} matrices × {model.config.layers} layers of {model.text}", True
    here = s.unit.text
    for text, until in ((here[s.start : first], None), *((line, None) for line in facts.lines_above.get(s.unit.line, ()))):
        q = _stated_trainable(text, until)
        if q is not None:
            exact = not q.hedge and len(q.digits.replace(".", "").replace(",", "").lstrip("0")) > 3
            return q.value, f"{q.text.strip()} trainable parameters (stated)", exact
    return None


# how many adapters a sentence counts, said right before their noun (`200 adapters`, `Thirty rank-16 q/k/v/o adapters`,
# `16 of them`, `200 адаптеров`, `16 таких`): the words between may only describe the adapters (rank, matrices, type)
_ADAPTERS_NOUN = guarded(
    r"(?i)\badapters\b|\bloras\b|(?<![а-яё])адаптер(?:ов|ы|ам|ами|ах|а)(?![а-яё])|\bof\s+(?:them|these|those)\b"
    r"|(?<![а-яё])из\s+них(?![а-яё])|(?<![а-яё])таких(?![а-яё])|(?<![а-яё])штук(?![а-яё])"
)
_COUNT_MODIFIER = guarded(
    r"(?i)lora|qlora|peft|dora|rank[-=]?\d{0,4}|r=?\d{0,4}|=|ранг[аеом]*|[qkvo](?:[/,+&][qkvo])+|[qkvo]|and|и|on|на"
    r"|all[-_]linear|(?:b?f|bf|fp)\d{1,2}|int\d|nf4|more|extra|additional|separate|different|distinct|such|small|new|trained"
    r"|tenant|per-tenant|task|customer|разных|отдельных|дополнительных|ещё|еще|лишних|новых|обученных"
)
_RANK_WORD = guarded(r"(?i)rank|r|=|r=|ранг[аеом]*|rank-")
# a count of those who hold an adapter each (`40 tenants loaded … adapters`, `40 арендаторов загрузили адаптеры`):
# the number of adapters is likely but not said, so a total that disagrees with it is no error
_HOLDERS = guarded(
    r"(?i)(?<![\w.,])(?P<n>\d{1,5}|[a-zа-яё]+(?:-[a-z]+)?)\s+(?:tenants?|clients?|customers?|users?|teams?|арендатор\w*"
    r"|клиент\w*|пользовател\w*|команд\w*|тенант\w*)(?![\w])"
)
# a size said of one adapter: `131 MB each`, `33.6 MB apiece`, `по 13,6 МБ`, `each rank-8 adapter is 13.6 MB`
_EACH_AFTER = guarded(
    r"(?i)\s*(?:each|apiece|a\s+piece|per\s+(?:adapter|tenant|lora)|каждый|на\s+(?:каждый\s+)?адаптер|за\s+штуку)(?![\w])"
)
_PO_BEFORE = guarded(r"(?i)(?<![а-яё])по\s+(?:[~≈]\s*)?$")
_ONE_ADAPTER = guarded(r"(?i)\badapter(?!s\b)|(?<![а-яё])адаптер(?![а-яё])|\beach\b|\bevery\b|(?<![а-яё])кажд\w+")
# a size said of several things together: `5.24 GB together`, `in all`, `total 2.7 GB`, `вместе 5,24 ГБ`, `всего`
_TOTAL_WORDS = guarded(
    r"(?i)\btogether\b|\bin\s+(?:all|total)\b|\btotal\b|\bcombined\b|\boverall\b|\baltogether\b"
    r"|(?<![а-яё])(?:вместе|всего|итого|суммарно)(?![а-яё])|\bв\s+сумме\b"
)
# a total that may hold more than the adapters: `plus the base`, `with the KV cache`, `+ 14.5 GB`, `включая базу`
_MORE = guarded(
    r"(?i)\bplus\b|\+|\bwith\b|\bincluding\b|\band\s+the\b"
    r"|(?<![а-яё])(?:плюс|включая|вместе\s+с|с\s+уч[её]т\w*|с\s+баз\w*)"
)
_TOTAL_AFTER = guarded(
    r"(?i)\s*(?:together|in\s+(?:all|total)|combined|overall|altogether|total|вместе|всего|итого|в\s+сумме|суммарно)(?![\w])"
)


def _count_word(token: str) -> int | None:
    """A whole number of two or more written in digits or words (`200`, `Thirty`, `twenty-four`, `Тридцать`)."""
    if re.fullmatch(r"\d{1,5}", token):
        n = int(token)
    else:
        parts = token.lower().split("-")
        if not all(_is_number_word(w) for w in parts) or parts[0] in ("a", "and", "half"):
            return None
        v = _spelled(parts)
        if v is None or v != int(v):
            return None
        n = int(v)
    return n if n >= 2 else None


def _number_words(token: str) -> list[str]:
    """The number words a token is made of (`Thirty`, `twenty-four`, `сто`), or none."""
    parts = token.lower().split("-")
    if parts[0] in ("a", "and", "half") or not all(_is_number_word(w) for w in parts):
        return []
    return parts


@lru_cache(maxsize=64)
def _adapter_counts_said(text: str) -> tuple[tuple[int, int, bool], ...]:
    """Where a text counts adapters: (the end of their noun, how many, whether the number is said of the adapters
    themselves rather than of their holders)."""
    out: list[tuple[int, int, bool]] = []
    for m in _ADAPTERS_NOUN.finditer(text):
        window = text[max(0, m.start() - 100) : m.start()]
        tokens = [t.strip("()[],;:*.") for t in window.split()]
        found: int | None = None
        i = len(tokens) - 1
        while i >= 0 and len(tokens) - i <= 7:
            t = tokens[i]
            spelled = _number_words(t)
            if (t.isdigit() or spelled) and not (i > 0 and _RANK_WORD.fullmatch(tokens[i - 1].lower())):
                words = spelled or [t]
                while spelled and i > 0 and _number_words(tokens[i - 1]):
                    i -= 1  # `two hundred adapters`: the words before it are part of the number
                    words = _number_words(tokens[i]) + words
                v = _spelled(words) if spelled else _count_word(t)
                found = int(v) if v and v == int(v) and v >= 2 else None
                break
            if not t or t.isdigit() or _COUNT_MODIFIER.fullmatch(t):
                i -= 1
                continue
            break
        if found is not None:
            out.append((m.end(), found, True))
            continue
        holders = list(_HOLDERS.finditer(window))
        if holders:
            n = _count_word(holders[-1].group("n"))
            if n is not None:
                out.append((m.end(), n, False))
    return tuple(out)


def _said_of_model(s: Sentence, here: str, since: int, q: Quantity) -> bool:
    """Whether a figure is said of a model the words before it name, with no adapter in them (`Llama-2-13B fp16 is
    26.03 GB; a rank-64 adapter …`, `Mixtral-8x7B в int4 — 23,35 ГБ; каждый адаптер …`): the base's weights."""
    semi = here.rfind(";", since, q.start)
    start = max(since, semi + 1) if semi >= 0 else since
    if not any(start <= m.start and m.end <= q.start for m in s.models):
        return False
    return not _ADAPTER_WORD.search(here, start, q.start) and not _EACH_AFTER.match(here, q.end)


def _adapter_sizes(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`Saved in fp16, the adapter is 8.4 MB`, `… in bf16 would make it 33.6 MB`: trainable parameters × the bytes
    of the type the sentence names for the figure. A size said of the base model, or one without a type, is not.
    A size of several adapters (`200 adapters, 13.6 MB each: 2.7 GB`, `16 of them take 218 MB`, `… 5.2 GB
    together`) is their number × the size of one the sentence states; one that may hold the base too, or whose
    number of adapters is not said, is unverifiable."""
    if s.unit.source == "table":
        return []
    text, here = s.unit.masked, s.unit.text
    named_here = _ADAPTER_WORD.search(here, s.start, s.end) is not None
    if not named_here:
        lead = facts.lead_in.get(s.unit.line, "")
        if not lead or s.models or not line_names(_ADAPTER_WORD, lead):
            return []  # `Stored in fp32 instead it would be 33.6 MB.` under a line about the adapter
    sizes = [
        q
        for q in s.quantities
        if q.kind == "bytes" and q.hi is None and not q.bound and 1e4 <= q.value <= 1e11 and q.scale >= 1e3
    ]
    if not sizes or not in_range(s.dtypes, s.start, s.end):
        return []
    counted = _adapter_count(s, facts, sizes[0].start)
    if counted is None:
        return []
    count, how_count, exact = counted
    said = _adapter_counts_said(here[s.start : s.end]) if named_here else ()
    said_ends = [s.start + c[0] for c in said]
    out: list[Found] = []
    singles: list[tuple[float, float | None, float]] = []  # (stated, recomputed where it holds, scale) of each one-adapter size
    totals: list[tuple[Quantity, tuple[int, int, bool] | None, bool]] = []  # (size, the count before it, said with more)
    others = False  # a size in the sentence that is neither an adapter's nor a total of adapters (the base's)
    prev_end = s.start
    for i, q in enumerate(sizes):
        a, b = clause_bounds(s, q.start, q.end)
        since = max(sizes[i - 1].end if i else s.start, q.start - 80)  # the words since the size before
        after_prev = prev_end
        prev_end = q.end
        each = _EACH_AFTER.match(here, q.end)
        if each:
            prev_end = each.end()
        if _NOT_THE_FILE.search(here, since, q.start):
            others = True
            continue  # `; its Adam moment buffers (m and v) add 0.67 GB`: the optimizer's, not the file
        if named_here and not _ADAPTER_WORD.search(here, max(s.start, q.start - 100), min(s.end, q.end + 30)):
            others = True
            continue
        whole = list(_MERGED_WHOLE.finditer(here, since, q.start))
        if whole and not _ADAPTER_WORD.search(here, whole[-1].end(), q.start):
            others = True
            continue  # `…, а слитая модель в fp16 — 13,5 ГБ`: the merged model's size, said after the adapter's
        if not named_here and _BASE_WORDS.search(here, s.start, q.start):
            continue  # `Базовая модель в NF4 — 6,71 ГБ` below a line about the adapter: the sentence is about the base
        base_near = _BASE_WORDS.search(here, max(s.start, q.start - 40), q.start)
        if base_near is not None and _ADAPTER_WORD.search(here, base_near.end(), q.start):
            base_near = None  # `frozen base, and the adapter (12 MB)`: the adapter named after the base word
        if (
            _BASE_WORDS.search(here, a, b)
            or base_near is not None  # `замороженные веса в fp16 (3,12 ГБ)`: a bracket's figure of the words before it
            or _NOT_THE_FILE.search(here, a, b)
            or _PER_TOKEN_OR_RECIPE.match(text, q.end)
        ):
            others = True
            continue  # the base model's size, the optimizer's or the activations', or a size per something
        if named_here and _said_of_model(s, here, after_prev, q):
            others = True
            continue  # `Llama-2-13B fp16 is 26.03 GB; a … adapter is 500.7 MB`: the base's weights, left to their shape
        # one adapter's size, or several adapters' together: the words that govern the figure say which
        k = bisect_right(said_ends, q.start)  # the adapters counted before the figure (log time per figure)
        last = said[k - 1] if k else None
        window_from = max(after_prev, s.start + last[0]) if last else after_prev
        one = bool(
            each or _PO_BEFORE.search(here, max(s.start, q.start - 8), q.start) or _ONE_ADAPTER.search(here, window_from, q.start)
        )
        together = _TOTAL_WORDS.search(here, window_from, q.start) or _TOTAL_AFTER.match(here, q.end)
        several = not one and (last is not None or together is not None)
        dtype, where = facts.dtype_for(s, q)
        computed = count * dtype.bytes if dtype is not None and where == "sentence" and dtype.bytes > 0 else None
        if several and not (computed is not None and compare(q, computed).verdict.holds):
            more = _MORE.search(here, window_from, min(s.end, q.end + 30)) is not None
            totals.append((q, last, more))
            continue
        if dtype is None or computed is None:
            continue
        check = compare(q, computed)
        if not check.verdict.holds and not exact:
            approx = compare(replace(q, hedge=True), computed)
            if approx.verdict.holds:
                check = approx  # the count itself is rounded (`~168M`)
        singles.append((q.value, computed if check.verdict.holds else None, q.scale))
        how = f"adapter: {how_count} = {count:,.0f} × {dtype.bytes:g} B ({dtype.name}) = {fmt(computed, q.scale)}"
        claim = make_claim(s.unit, q.start, q.end, "adapter-size", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    mixed = others or bool(_BASE_WORDS.search(here, s.start, s.end) or _NOT_THE_FILE.search(here, s.start, s.end))
    for q, last, more in totals:
        out.append(_adapters_total(s, q, last, singles, mixed or more))
    return out


def _adapters_total(
    s: Sentence,
    q: Quantity,
    last: tuple[int, int, bool] | None,
    singles: list[tuple[float, float | None, float]],
    base_said: bool,
) -> Found:
    """A size of several adapters: their number × one adapter's size, both said in the sentence."""
    if last is None or not singles:
        why = "the number of adapters is not stated" if last is None else "one adapter's size is not stated beside it"
        explanation = f"a size of several adapters together (or with their base); {why}"
        claim = make_claim(s.unit, q.start, q.end, "adapter-size", Verdict.UNVERIFIABLE, explanation, stated=q.text)
        return Found(claim, ((q.start, q.end),))
    _, n, own = last
    readings = [(n * c, c, k) for _, c, k in singles if c is not None] + [(n * v, v, k) for v, _, k in singles]
    checks = [(compare(q, total), total, one, k) for total, one, k in readings]
    exact = next((c for c in checks if c[0].verdict is Verdict.HOLDS), None)
    held = exact or next((c for c in checks if c[0].verdict.holds), None)
    check, total, one, scale = held or checks[0]
    whose = "" if own else " (the number said of their holders)"
    how = f"{n} adapters{whose} × {fmt(one, scale)} each = {fmt(total, q.scale)}"
    verdict = check.verdict
    if held is None and (not own or base_said):
        verdict = Verdict.UNVERIFIABLE
        how += " (the figure may hold the base or other adapters too)"
    claim = make_claim(s.unit, q.start, q.end, "adapter-size", verdict, f"{how}; {check.explanation}", stated=q.text)
    return Found(claim, ((q.start, q.end),))


_NOT_THE_FILE = guarded(
    r"(?i)\badam\w*|optimi[sz]er|\bmoments?\b|\bbuffers?\b|\bgrad\w*|\bstates?\b|activation\w*|\bkv\b|cache"
    r"|оптимизатор\w*|момент\w*|буфер\w*|градиент\w*|состояни\w*|активаци\w*|кэш\w*"
)
_PER_TOKEN_OR_RECIPE = guarded(r"(?i)\s*(?:per|/|a|на|за)\s*(?:token|токен|param|параметр|step|шаг)")


# a LoRA catalogue's table: a rank column, a column of the adapted matrices, the trainable count and the file's size
_RANK_HEADER = guarded(r"(?i)^[\s*]*(?:lora\s+)?(?:rank|r|ранг)\b")
_TARGETS_HEADER = guarded(r"(?i)target|module|matri|projection|adapted|матриц|модул|проекци")
_TRAINABLE_HEADER = guarded(r"(?i)trainable|(?:lora|adapter)\s+param|обучаем|параметр\w*\s+адаптер")
_FILE_HEADER = guarded(r"(?i)\bfile|\bsize|\bdisk|\bsafetensors|\b[KM]i?B\b|файл|размер|диск|[КМ]и?Б")


def _lora_table_row(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A row of a LoRA table (`| Llama-3-8B | 16 | q_proj, v_proj | 6.8M | 13.6 MB |`): the trainable count is
    r · (d_in + d_out) summed over the matrices of its targets column × the layers of the one catalogued model the
    row names; the adapter's file is that count × the bytes of the type its column (or cell) names, not the stated
    count's (which may be wrong itself)."""
    if s.unit.source != "table":
        return []
    named = {m.config.name: m for m in s.models if m.config is not None}
    if len(named) != 1:
        return []
    model = next(iter(named.values()))
    cfg = model.config
    shapes = _shapes(cfg) if cfg is not None else None
    if cfg is None or shapes is None:
        return []
    rank: int | None = None
    matrices: frozenset[str] = frozenset()
    for col, cell in enumerate(s.unit.text.split("|")):
        head = facts.column_header.get((s.unit.line, col), "")
        if not head:
            continue
        if _RANK_HEADER.search(head) and not _TRAINABLE_HEADER.search(head):
            m = re.fullmatch(r"\s*(?:r\s*=\s*)?(\d{1,4})\s*", cell)
            rank = int(m.group(1)) if m else None
        elif _TARGETS_HEADER.search(head) and not _TRAINABLE_HEADER.search(head):
            matrices = _matrices(cell)
    if not rank or not matrices or not matrices <= set(shapes):
        return []
    per_layer = sum(rank * (shapes[m][0] + shapes[m][1]) for m in sorted(matrices))
    total = per_layer * cfg.layers
    mats = ", ".join(m for m in ("q", "k", "v", "o", "gate", "up", "down") if m in matrices)
    how = (
        f"LoRA r = {rank} on {mats} of {model.text}: r · (d_in + d_out) summed = {per_layer:,} per layer"
        f" × {cfg.layers} layers = {total:,} trainable parameters"
    )
    out: list[Found] = []
    for q in s.quantities:
        head = facts.header_of(s, q)
        if not head or q.hi is not None or q.bound:
            continue
        if _TRAINABLE_HEADER.search(head) and _is_count(q) and q.value >= 1e4:
            stated = q if q.kind == "count" else replace(q, kind="count")
            check = compare(stated, float(total))
            if not check.verdict.holds:
                approx = compare(replace(stated, hedge=True), float(total))
                if approx.verdict.holds and stated.printed < 1000 and "." in stated.digits:
                    check = approx  # `6.8M`: a rounded restatement
            claim = make_claim(s.unit, q.start, q.end, "lora-params", check.verdict, f"{how}; {check.explanation}", stated=q.text)
            out.append(Found(claim, ((q.start, q.end),)))
        elif q.kind == "bytes" and _FILE_HEADER.search(head) and 1e4 <= q.value <= 1e11:
            dtype, _ = facts.dtype_for(s, q)
            if dtype is None or dtype.bytes <= 0 or dtype.gguf:
                continue
            computed = total * dtype.bytes
            check = compare(q, computed)
            size_how = f"adapter: {how} × {dtype.bytes:g} B ({dtype.name}) = {fmt(computed, q.scale)}"
            claim = make_claim(
                s.unit, q.start, q.end, "adapter-size", check.verdict, f"{size_how}; {check.explanation}", stated=q.text
            )
            out.append(Found(claim, ((q.start, q.end),)))
    return out


def counts(s: Sentence, facts: NoteFacts) -> list[Found]:
    table = _lora_table_row(s, facts)
    if table:
        return table
    adapters = _adapter_sizes(s, facts)
    if adapters:
        s = s.without(tuple(span for f in adapters for span in f.used))
    out = adapters + _per_layer_totals(s)
    if out:
        s = s.without(tuple(span for f in out for span in f.used))
    lora = _lora_counts(s, facts)
    if lora:
        out += lora
        s = s.without(tuple(span for f in lora for span in f.used))
    moe, judged = _moe_parts(s, facts)
    if moe:
        out += moe
        s = s.without(tuple(span for f in moe for span in f.used))
    mine = frozenset(span for f in out for span in f.used) | judged
    out += _whole_model_counts(s, facts, mine)
    return out


# ---------------------------------------------------------------------------------------------
# an embedding table, its share, and the model without it

_TABLE_WORDS = guarded(
    r"(?i)\bembed\w*|\bvocab\w*\s+(?:table|matri\w+|rows?)|\blm_head\b|\b(?:output|lm)\s+head\b|\b(?:un)?tied\b"
    r"|эмбеддинг\w*|(?:выходн\w+\s+)?голов\w*\s*\(\s*не\s+связан\w*|\bне\s+связан\w*|\bсвязан\w*\s+(?:голов|эмбеддинг|таблиц)\w*"
    r"|таблиц\w+\s+(?:эмбеддинг|словар|токен)\w*"
)
# both tables (input and output) in the figure: `for both`, `input plus output`, `together`, `2 ×`, `вместе с головой`
_BOTH_TABLES = guarded(
    r"(?i)\bboth\b|\btogether\b|\btwo\s+(?:[\w-]+\s+)?(?:tables|matrices)\b|\binput\s+(?:plus|and|\+)\s+output\b|\bin\s*\+\s*out\b"
    r"|(?:\+|\band\b|\bplus\b)\s*(?:the\s+)?(?:lm_head|(?:output|lm)\s+head)\b|\+\s*(?:выходн\w+\s+)?голов\w*|\bwith\s+(?:the\s+)?(?:output|lm)\s+head\b|\bplus\s+(?:the\s+)?(?:output|lm)\s+head\b"
    r"|\bвместе\b|\bобе\b|\bоба\b|\bдве\s+(?:\w+\s+)?(?:таблиц|матриц)\w*|\bи\s+(?:выходн\w+\s+)?голов\w*|\bс\s+(?:выходн\w+\s+)?голов\w*"
    r"|(?<![\d.,])2\s*[×x*·]\s*\d{1,3}(?:[,\u00a0\u202f ]?\d{3})"
)
# one table only: `per matrix`, `each`, `the single table`, `one table`, `на матрицу`, `одна таблица`
_ONE_TABLE = guarded(
    r"(?i)\bper\s+(?:[\w-]+\s+)?(?:matrix|table)\b|\beach\b|\b(?:single|one)\s+(?:[\w-]+\s+)?(?:table|matrix)\b|\b(?:the|that|this|its)\s+table\b"
    r"|\bна\s+(?:одну\s+|каждую\s+)?(?:матриц|таблиц)\w*|\bодн\w+\s+(?:матриц|таблиц)\w*|\bкажд\w+"
)
# the model less its tables: `without the embeddings`, `outside the embeddings`, `non-embedding`, `без эмбеддингов`
_LESS_TABLES = guarded(
    r"(?i)\b(?:without|outside|excluding|minus|less)\s+(?:the\s+|its\s+)?(?:input\s+)?embed\w*|\bnon-?embed\w*"
    r"|\bбез\s+(?:учёта\s+|учета\s+)?эмбеддинг\w*|\bкроме\s+эмбеддинг\w*|\bвне\s+эмбеддинг\w*"
)
_IF_SAID = guarded(r"(?i)\bif\b|\bwould\b|\bcould\b|\bесли\b|\bбы\b|\buntying\b|\bразвяза\w*")
_NOT_TABLE_PART = guarded(
    r"(?i)\b(?:attention|mlp|ffn|experts?|lora|adapters?|trainable|layers?|blocks?|kv|cache|activations?)\b"
    r"|внимани\w*|эксперт\w*|адаптер\w*|обучаем\w*|сло[йяёе]\w*|блок\w*|кэш\w*"
)
_OPERAND_NEAR = guarded(r"[×x*·]\s*$")
_SHARE_AFTER = guarded(
    r"(?i)[^\S\n]*(?:(?:of|от|из)[^\S\n]+(?:the[^\S\n]+|its[^\S\n]+|all[^\S\n]+|всей[^\S\n]+|всех[^\S\n]+)?"
    r"(?:[~≈][^\S\n]*)?(?P<what>[\w-]*)|(?P<ru>модели|весов|параметров)\b)"
)
_WHOLE_NOUNS = guarded(
    r"(?i)^(?:model|base|whole|entire|total|weights?|parameters?|params?|модели|весов|параметров|общего|всего|базовой)$"
)


_PROPERTY_LINE = guarded(r"^\s*(?:[-*]\s+)?[\w.-]+::?\s")


def _table_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    named = {m.config.name: m for m in s.models if m.config is not None}
    if len(named) == 1 and all(m.config is not None for m in s.models):
        return next(iter(named.values()))
    if s.models or _PROPERTY_LINE.match(s.unit.text):
        return None  # a property (`embedding_params: 525M`) under another model's block: whose is not said on it
    m = subject_model(s, facts)
    return m if m is not None and m.config is not None else None


# a table named by a singular noun (`the 152,064-row embedding is 545M parameters`, `эмбеддинг — 525 млн параметров`): one
# table; a count in parameters that matches it is that table's (one that does not stays unjudged: `embedding` may mean both)
_TABLE_SINGULAR = guarded(
    r"(?i)\bembedding\b(?!\s+(?:tables|matrices|layers|and|\+|plus))(?:\s+(?:table|matrix|layer)\b)?|\bэмбеддинг(?![а-яё])"
    r"|\bтаблиц[аеуы]\s+эмбеддинг\w*"
)
_ANOTHER_TABLE = guarded(
    r"(?i)\bhead|\bunembed\w*|\boutput|\blm_head|\bboth\b|\btwo\b|\btables\b|\bembeddings\b|\band\b|\bplus\b|\+"
    r"|голов\w*|выходн\w*|\bдве\b|\bобе\b|\bи\b|\bплюс\b|эмбеддинги|эмбеддингов|таблицы\b"
)


def _one_table_noun(words: str) -> bool:
    """The figure's words name one table by a singular noun and name no other table."""
    return _TABLE_SINGULAR.search(words) is not None and _ANOTHER_TABLE.search(words) is None


def _readings(cfg: ModelConfig, words: str) -> tuple[list[float], str]:
    """The table counts a figure said with `words` may be, and which one the words say (`one`, `both` or ``)."""
    one = float(cfg.vocab * cfg.hidden)
    both = _BOTH_TABLES.search(words) is not None
    single = _ONE_TABLE.search(words) is not None
    if both and not single:
        return ([2 * one] if not cfg.tied else []), "both"
    if single and not both:
        return [one], "one"
    return ([one] if cfg.tied else [one, 2 * one]), ("one" if cfg.tied else "")


def _table_counts(text: str, s: Sentence) -> list[Quantity]:
    """The counts of the sentence that are not operands (`128,256 × 4096`) nor a product's factor."""
    out = []
    for q in _counts_in(text, s.start, s.end):
        if _OPERAND_NEAR.search(text, max(s.start, q.start - 3), q.start) or re.match(r"\s*[×x*·]\s*\d", text[q.end : q.end + 4]):
            continue
        out.append(q)
    return out


def embedding_tables(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`525M per matrix, 1.05B for both`, `the single table holds 263M`, `without the embeddings 6.98B`, and a share of
    such a part (`263M, about 21 % of the model`): the table is vocab × hidden of the model the sentence (else the note)
    is about, once for one table or a tied model, twice for both of an untied one. A share is judged against the config's
    table too (the stated part may be off itself): it holds when either matches."""
    text = s.unit.masked
    if _TABLE_WORDS.search(text, max(line_start(text, s.start), s.start - 200), s.end) is None:
        return []
    model = _table_model(s, facts)
    if model is None or model.config is None or model.config.is_moe or model.config.bert or model.config.decoder_layers:
        return []
    cfg = model.config
    b = count_parameters(cfg)
    one = float(cfg.vocab * cfg.hidden)
    free = {(q.start, q.end) for q in s.quantities}
    counts = _table_counts(text, s)
    out: list[Found] = []
    part_at: dict[int, tuple[Quantity, float | None]] = {}  # a count's end → (the count, the config's reading of it)
    if _IF_SAID.search(text, s.start, s.end) is not None:
        return []  # a model that is not (`if it untied its embeddings, it would add …`)
    prev_end = s.start
    for q in counts:
        since_prev, prev_end = prev_end, q.end
        if q.value < 1e5 or q.hi is not None or q.bound:
            continue
        stated = q if q.kind == "count" else replace(q, kind="count")
        if compare(stated, float(b.total)).verdict.holds:
            part_at[q.end] = (q, None)
            continue  # the model's whole: its own unit
        _, b_ = clause_bounds(s, q.start, q.end)
        lower = max(since_prev, q.start - 60)
        lower = max(lower, text.rfind(";", lower, q.start) + 1)
        words = s.unit.text[
            lower:b_
        ]  # unmasked: `lm_head` is a code name  # the figure's own words: since the count before, to its clause's end
        lead = text[max(s.start, q.start - 80) : q.start]
        less = _LESS_TABLES.search(lead) or _LESS_TABLES.search(text, q.end, min(s.end, q.end + 30))
        if less:
            n = float(b.total) - (one if cfg.tied else 2 * one)
            check = compare(stated, n)
            if (q.hedge or len(q.digits.strip("0.,")) <= 2) and not 0.95 <= q.value / n <= 1.05:
                continue  # `roughly 65B outside the embeddings`: a loose rounding, not judged
            how = f"{model.text} less its {'tied table' if cfg.tied else 'two tables'}: {b.total:,} − "
            how += f"{'' if cfg.tied else '2 × '}{cfg.vocab:,} × {cfg.hidden:,} = {n:,.0f} parameters"
            if (q.start, q.end) in free:
                verdict = check.verdict
                if not verdict.holds and not 0.3 < q.value / n < 3:
                    continue
                claim = make_claim(s.unit, q.start, q.end, "param-part", verdict, f"{how}; {check.explanation}", stated=q.text)
                out.append(Found(claim, ((q.start, q.end),)))
            continue
        since = max(line_start(text, s.start), q.start - 120)  # `… ties its embedding table. That table has 262.7M`
        table_said = _TABLE_WORDS.search(text, since, min(s.end, q.end + 200))  # bounded: a long sentence stays linear
        if table_said is None:
            continue
        between = (
            text[min(table_said.end(), q.start) : q.start] if table_said.start() < q.start else text[q.end : table_said.start()]
        )
        if _NOT_TABLE_PART.search(between):
            continue
        if table_said.start() > q.end and _NOT_TABLE_PART.search(text, lower, q.start):
            continue  # `Each decoder block holds 218M parameters, while the embedding table is 525M`: the block's count
        readings, which = _readings(cfg, words)
        if cfg.positions and readings:
            readings.append(readings[0] + cfg.positions * cfg.hidden)
        checks = [compare(stated, v) for v in readings] + [compare(replace(stated, hedge=True), v) for v in readings if q.hedge]
        held = next((c for c in checks if c.verdict.holds), None)
        if held is not None:
            value = next(v for v, c in zip(readings + readings, checks, strict=False) if c is held)
            part_at[q.end] = (q, value)
            # a count with no word for one table or both (`(tied): 262.7M`, an untied model's `embeddings`): which part it
            # is, is not said; it is read for a share after it, not judged
            if (q.start, q.end) in free and (
                _ONE_TABLE.search(words)
                or _BOTH_TABLES.search(words)
                or (value == one and _one_table_noun(words) and _in_parameters(text, q))
            ):
                how = (
                    f"{model.text}: {cfg.vocab:,} × {cfg.hidden:,}"
                    + (" × 2 (untied)" if value >= 2 * one else "")
                    + f" = {value:,.0f}"
                )
                claim = make_claim(
                    s.unit, q.start, q.end, "embedding-params", held.verdict, f"{how}; {held.explanation}", stated=q.text
                )
                out.append(Found(claim, ((q.start, q.end),)))
            continue
        said_value = one if which == "one" else (2 * one if which == "both" and not cfg.tied else None)
        part_at[q.end] = (q, said_value)
        if said_value is None or (q.start, q.end) not in free or not 0.33 < q.value / said_value < 3:
            continue
        check = compare(stated, said_value)
        how = f"{model.text} ({'tied' if cfg.tied else 'untied'}): {cfg.vocab:,} × {cfg.hidden:,}"
        how += (" × 2 tables" if said_value > one else " (one table)") + f" = {said_value:,.0f}"
        claim = make_claim(
            s.unit, q.start, q.end, "embedding-params", check.verdict, f"{how}; {check.explanation}", stated=q.text
        )
        out.append(Found(claim, ((q.start, q.end),)))
    out += _table_shares(s, model, part_at)
    return out


# a count said as a size name, a whole number of billions (`1B`, `8 млрд`): the model's name, not its count
_WHOLE_BILLIONS_NAME = guarded(r"(?i)\d{1,3}\s?(?:B|bn|млрд)")


def _table_shares(s: Sentence, model: ModelMention, part_at: dict[int, tuple[Quantity, float | None]]) -> list[Found]:
    """The percents of a sentence said of the model (`of the model`, `of 1.24B`, `модели`) after a table count or words:
    the part is the stated count and the config's table it reads as; the share holds when either matches."""
    text = s.unit.masked
    cfg = model.config
    if cfg is None:
        return []
    b = count_parameters(cfg)
    one = float(cfg.vocab * cfg.hidden)
    out: list[Found] = []
    part_ends = sorted(part_at)
    for q in s.quantities:
        if q.kind != "percent" or q.hi is not None or q.bound:
            continue
        m = _SHARE_AFTER.match(text, q.end, min(s.end, q.end + 40))
        if m is None:
            continue
        whole_q = None
        after = [c for c in _counts_in(text, q.end, min(s.end, q.end + 40)) if c.start >= q.end]
        if m.group("what") is not None and after and after[0].start - m.start("what") < 3:
            whole_q = after[0]
        elif not (m.group("ru") or _WHOLE_NOUNS.match(m.group("what") or "")):
            continue
        if whole_q is not None and not compare(replace(whole_q, kind="count", hedge=True), float(b.total)).verdict.holds:
            continue  # a share of another whole
        if whole_q is not None and _WHOLE_BILLIONS_NAME.fullmatch(whole_q.text):
            whole_q = None  # `21.3 % of the 1B model`: the model called by its size, its exact count the whole
        whole = whole_q.value if whole_q is not None else float(b.total)
        how_whole = whole_q.text if whole_q is not None else f"{model.text} {b.total:,}"
        i = bisect_left(part_ends, q.start + 1)
        stated_part = part_at[part_ends[i - 1]] if i and part_ends[i - 1] >= s.start else None
        if (
            stated_part is not None
            and stated_part[1] is None
            and compare(replace(stated_part[0], kind="count", hedge=True), float(b.total)).verdict.holds
        ):
            stated_part = None  # `(tied, 1.24B total): 263M` — the count before is the whole; the part is what words say
        if stated_part is not None:
            part_q, part_value = stated_part
            readings = [part_q.value] + ([part_value] if part_value is not None else [])
            which = part_value
        else:
            part_q = None
            lead = s.unit.text[max(s.start, q.start - 200) : q.start]
            if _TABLE_WORDS.search(lead) is None:
                continue
            rs, said = _readings(cfg, lead)
            readings = rs
            which = rs[0] if len(rs) == 1 else None
            if not said:
                # `1.05B for both; embeddings are therefore 6.5 % of the model`: the table count said just before on the line
                earlier = [c for c in _counts_in(text, max(line_start(text, s.start), s.start - 200), s.start) if c.hi is None]
                for c in reversed(earlier):
                    near = [v for v in rs if compare(replace(c, kind="count", hedge=True), v).verdict.holds]
                    if near:
                        readings, which = near, near[0]
                        break
        if not readings:
            continue
        checks = [(v, compare(q, v / whole)) for v in readings if 0 < v < whole]
        if not checks:
            continue
        held = next(((v, c) for v, c in checks if c.verdict.holds), None)
        if held is not None:
            v, check = held
            src = "the config's table" if part_q is None or v != part_q.value else part_q.text
            how = f"{src} {v:,.0f} / {how_whole} = {v / whole:.4%}"
            verdict = check.verdict
        elif which is not None:
            check = compare(q, which / whole)
            how = f"{model.text}'s {'two tables' if which > one else 'table'} {cfg.vocab:,} × {cfg.hidden:,}"
            how += f"{' × 2' if which > one else ''} = {which:,.0f} / {how_whole} = {which / whole:.4%}"
            verdict = check.verdict
        else:
            v, check = checks[0]
            how = f"{v:,.0f} / {how_whole} = {v / whole:.4%} (which tables the share counts is not said)"
            verdict = Verdict.UNVERIFIABLE
        claim = make_claim(s.unit, q.start, q.end, "embedding-share", verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# ---------------------------------------------------------------------------------------------
# the parts of a mixture-of-experts model

_EXPERT_WORD = guarded(r"(?i)\bexperts?\b|\bexpert\s+(?:matri\w+|weights|params?|parameters|MLPs?|FFNs?)|эксперт\w*")
_ONE_EXPERT = guarded(
    r"(?i)\b(?:one|a\s+single|each|every|per|single)\s+expert\b|\bexpert\s+(?:of|in)\s+(?:one|a|each)\s+layer"
    r"|\b(?:один|одного|каждый|каждого|одному)\s+эксперт\w*|\bна\s+эксперт\w*"
)
_REST_WORDS = guarded(
    r"(?i)\bnon-?expert\b|\b(?:the\s+)?rest\b|\beverything\s+else\b|\bremainder\b|\b(?:always-on|dense|shared)\s+part\b"
    r"|\bостальн\w*|\bвсё\s+прочее\b|\bвсе\s+прочие\b|\bвне\s+эксперт\w*|\bкроме\s+эксперт\w*|\bнеэксперт\w*"
)
# a part of the rest named (`of the rest, attention accounts for 1.3B`, `из остального внимание — …`): not the rest whole
_PART_OF_REST = guarded(
    r"(?i)\bof\s+the\s+rest\b|\battention\b|\bnorms?\b|\bembed\w*|\brouter\w*|\blm[_\s-]?head\b"
    r"|из\s+остальн\w*|внимани\w*|норм\w*|эмбеддинг\w*|роутер\w*|маршрутизатор\w*"
)
_ACTIVE_WORD = guarded(r"(?i)\bactiv\w*|\bper\s+token\b|\bактивн\w*|\bна\s+(?:каждый\s+)?токен\b|\bзадейств\w*")
_TOTAL_WORD = guarded(r"(?i)\btotal\b|\bin\s+all\b|\bвсего\b|\bв\s+сумме\b|\bитого\b|\bобщ\w+\s+числ\w*")


_OF_A_WHOLE = guarded(r"(?i)\s*(?:of|из)\s+(?:the\s+|its\s+)?(?:~|≈)?\s*\d")


def _moe_model(s: Sentence, facts: NoteFacts) -> ModelMention | None:
    named = {m.config.name: m for m in s.models if m.config is not None}
    m: ModelMention | None = None
    if len(named) == 1 and all(m.config is not None for m in s.models):
        m = next(iter(named.values()))
    elif s.models or _PROPERTY_LINE.match(s.unit.text):
        return None
    else:
        m = subject_model(s, facts)
    return m if m is not None and m.config is not None and m.config.is_moe and not m.config.decoder_layers else None


def _moe_parts(s: Sentence, facts: NoteFacts) -> tuple[list[Found], frozenset[tuple[int, int]]]:
    """`Эксперты — 135,3 млрд, всё остальное — 5,3 млрд`, `one expert of one layer: 302M`, `the non-expert part: 1.6B`,
    `activates 12.9B`: the experts are layers × experts × one expert's MLP, the rest is the total less them, the active
    count the total less the experts a token skips (with or without the input table, as vendors publish it). A figure
    holds when it matches the part its own words name; it is wrong only when one part is named and the figure is
    within a factor of two of it."""
    text = s.unit.masked
    if not (_EXPERT_WORD.search(text, s.start, s.end) or _ACTIVE_WORD.search(text, s.start, s.end)):
        return [], frozenset()
    if _IF_SAID.search(text, s.start, s.end):
        return [], frozenset()
    model = _moe_model(s, facts)
    if model is None or model.config is None:
        return [], frozenset()
    cfg = model.config
    b = count_parameters(cfg)
    one = float(mlp_params(cfg, cfg.moe_intermediate or cfg.intermediate))
    experts = float((cfg.layers - cfg.dense_layers) * (cfg.experts + cfg.shared_experts) * one)
    lean = float(b.active - cfg.vocab * cfg.hidden)
    parts = {
        "one expert of one layer": [one],
        "all the experts": [experts],
        "the rest (all but the experts)": [float(b.total) - experts],
        "active per token": [float(b.active), lean],
        "total": [float(b.total)],
    }
    out: list[Found] = []
    spans: set[tuple[int, int]] = set()
    free = {(x.start, x.end) for x in s.quantities}
    last_bytes = max((x.start for x in s.quantities if x.kind == "bytes"), default=-1)
    prev_end = s.start
    for q in _counts_in(text, s.start, s.end):
        since_prev, prev_end = prev_end, q.end
        if q.value < 1e6 or q.hi is not None or q.bound or (q.start, q.end) not in free:
            continue
        if _OPERAND_NEAR.search(text, max(s.start, q.start - 3), q.start) or re.match(r"\s*[×x*·]\s*\d", text[q.end : q.end + 4]):
            continue
        if _OF_A_WHOLE.match(text, q.end):
            continue  # `the experts are 45.1B of the 46.7B parameters`: a part of a stated whole, the sized unit's
        _, b_ = clause_bounds(s, q.start, q.end)
        lower = max(since_prev, q.start - 60)
        lower = max(lower, text.rfind(";", lower, q.start) + 1)
        words = text[lower : min(b_, q.end + 30)]
        said = []
        if _ONE_EXPERT.search(words):
            said.append("one expert of one layer")
        elif _REST_WORDS.search(words) and not _PART_OF_REST.search(re.sub(r"\([^()]*\)", " ", words)):
            said.append("the rest (all but the experts)")
        elif _EXPERT_WORD.search(words):
            said.append("all the experts")
        if _ACTIVE_WORD.search(words):
            said.append("active per token")
        if _TOTAL_WORD.search(words):
            said.append("total")
        if not said:
            continue
        stated = q if q.kind == "count" else replace(q, kind="count")
        rounded = q.hedge or len(q.digits.replace(".", "").replace(",", "").strip("0")) <= 2
        held = None
        for name in said:
            for v in parts[name]:
                c = compare(stated, v)
                if not c.verdict.holds and rounded:
                    c = compare(replace(stated, hedge=True), v)
                if c.verdict.holds:
                    held = (name, v, c)
                    break
            if held:
                break
        if held is not None:
            name, v, check = held
        elif len(said) == 1 and 0.45 < q.value / parts[said[0]][0] < 2.2:  # off by half or twice
            name, v = said[0], parts[said[0]][0]
            check = compare(stated, v)
        else:
            continue
        if name in ("total", "active per token", "all the experts"):
            # the whole model's counts are the sized unit's (and the whole-model rule's); all the experts' count is read
            # (a figure that is theirs is no `rest`) but left as the part the sized unit calls it
            continue
        how = f"{model.text}, {name}: {v:,.0f} parameters from its config"
        if name == "all the experts":
            n_experts = cfg.experts + cfg.shared_experts
            how = f"{model.text}: {cfg.layers - cfg.dense_layers} layers × {n_experts} experts × {one:,.0f} = {v:,.0f}"
        elif name == "the rest (all but the experts)":
            how = f"{model.text}: {b.total:,} − {experts:,.0f} in the experts = {v:,.0f}"
        claim = make_claim(s.unit, q.start, q.end, "moe-params", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        if last_bytes > q.end:
            out.append(Found(claim, ()))  # `302M parameters, 1.2 GB in bf16`: left for the sized unit, a weights figure's subject
            spans.add((q.start, q.end))
        else:
            out.append(Found(claim, ((q.start, q.end),)))
    return out, frozenset(spans)
