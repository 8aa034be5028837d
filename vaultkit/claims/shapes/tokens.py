"""Training-token budgets (§ compute-optimal training): `20 tokens per parameter, so a 7B model
wants 140B tokens`, `Llama-2-7B saw 2T tokens, 297 tokens per parameter`.

A token count is a budget only where the note states the rule it follows (Chinchilla, or a rate
in tokens per parameter) in the sentence, earlier on its line, or on the line just above it, and
the sentence says what a model should see or needs; it is checked as rate × the parameters of the
model or count it is said of. A rate in tokens per parameter said beside a token count and a model
is checked as tokens ÷ parameters. A model or count it cannot find leaves no claim: nothing here is
judged on a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from vaultkit.claims.catalog import ModelMention, find_mentions
from vaultkit.claims.dtypes import find_dtypes
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities, read_number
from vaultkit.claims.scope import mask
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, column_at, make_claim, mark_bounds
from vaultkit.claims.shapes.sized import context_model
from vaultkit.claims.verdict import Check, compare, fmt

_PER_PARAM = guarded(r"(?i)\s*(?:per|a|/|на|за)\s*(?:param\w*|параметр\w*)")
_RULE = guarded(r"(?i)chinchilla|шиншилл\w*|compute[- ]optimal|tokens?\s+per\s+param\w*|токен\w*\s+на\s+параметр")
_BUDGET = guarded(
    r"(?i)\bshould\b|\bwants?\b|\bneeds?\b|\boptimal\b|\boptimum\b|\brule\b|\bwould\b|нужн\w*|хватит|оптимум\w*|оптимальн\w*|правил\w*"
)
_RATE_AFTER = guarded(
    r"(?i)(?:на\s+параметр\w*|per\s+param\w*)\s+(?:нужно\s+)?(?:примерно\s+|около\s+|about\s+|roughly\s+|~\s*)?(\d+)\s+(?:tokens?|токен)"
)
_DEFAULT_RATE = 20.0  # Hoffmann et al. 2022, the usual rounding


def _rate(s: Sentence, facts: NoteFacts, until: int | None = None) -> float | None:
    """The tokens-per-parameter rate the note states for this sentence (the sentence before `until`,
    its line before it, the line above), else 20 when it names the Chinchilla rule there; None when
    no rule. A rate said after a budget (`optimal data would be 26B tokens; we train on 100B, about 76
    per parameter`) is a measurement of the run, not the budget's rule."""
    text = s.unit.masked
    for q in s.quantities:
        if q.kind == "tokens" and q.value < 1e5 and _PER_PARAM.match(text, q.end) and (until is None or q.end <= until):
            return q.value
    context = [
        text[max(0, s.start - 400) : s.end if until is None else until],
        facts.lead_in.get(s.unit.line, ""),
        facts.above.get(s.unit.line, ""),
        *facts.lines_above.get(s.unit.line, ())[1:],  # the rule stated a few lines up in the section
    ]
    context = [part for part in context if _RULE_NAMED.search(part)]  # a measured rate (`2364 per parameter`) is no rule
    for part in context:
        for clause in _CLAUSES.split(part):
            if not _RULE_NAMED.search(clause):
                continue  # `… optimal data would be 160B tokens; trained on 15T, about 1,870 per parameter`: the run's rate
            m = _RATE_SAID.search(clause)
            if m:
                return read_number(m.group(1), m.group(0))
            m = _RATE_AFTER.search(clause)
            if m:
                return float(m.group(1))
    return _DEFAULT_RATE if any(_RULE.search(part) for part in context) else None


_RATE_SAID = guarded(
    r"(?i)(\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)\s*(?:tokens?|токен\w*)\s*(?:per|на|/)\s*(?:param\w*|параметр\w*)"
)
# a rule and a rate count together only within one sentence and clause (`;`, `. `)
_CLAUSES = guarded(r";|(?<=[.!?])\s+(?=[A-ZА-ЯЁ])")


_RULE_NAMED = guarded(r"(?i)chinchilla|шиншилл\w*|compute[- ]optimal|optimal|оптимум\w*|оптимальн\w*|rule|правил\w*")
_COMPARED = guarded(r"(?i)\bв\s+[\d.,~≈]+\s+раз|\btimes\b|×|\bбольше\b|\bменьше\b|\bmore\s+than\b|\bless\s+than\b")
_CONSEQUENCE = guarded(r"(?i)\bтак\s+что\b|(?<!\w)значит(?!\w)|(?<!\w)поэтому(?!\w)|\bso\b|\bhence\b|\bthus\b|;")


# what a model is trained on is its data, not its parameter count (`we train on 100B`, `обучаем на 100 млрд`)
_TRAINED_ON = guarded(
    r"(?i)(?:\btrain(?:s|ed|ing)?|\bpre-?train(?:s|ed|ing)?|обуча\w*|учим)\s+(?:it\s+|её\s+|ее\s+)?(?:on|на)\s+"
    r"(?:~|≈|about\s+|около\s+)?$"
)


_PARAM_UNIT = guarded(r"(?i)param|парам")
_MODEL_BEFORE = guarded(
    r"(?i)(?:\bmodels?|\bLLM|модел\w*|сет[ьи]|\bу|\bfor|\bдля|\bof|\ba|\ban)\s+(?:(?:на|в|с|of|with)\s+)?(?:~|≈|about\s+|около\s+)?$"
)
_MODEL_AFTER = guarded(r"(?i)[\s-]*(?:models?\b|модел\w*|LLM\b|-?parameter)")


def _elliptic_tokens(s: Sentence, c: Quantity) -> bool:
    """A bare count (`2 трлн`, `15T`) written after a token count of the sentence is more tokens, its
    word left out (`~260 млрд токенов; реально 2 трлн`), not a parameter count."""
    if c.kind != "count" or _PARAM_UNIT.search(c.unit):
        return False
    text = s.unit.masked
    if _MODEL_BEFORE.search(text, max(s.start, c.start - 30), c.start) or _MODEL_AFTER.match(text, c.end):
        return False  # `а модели на 70 млрд — 14 трлн токенов`, `у 7B это …`, `a 13B model`: a model's size
    return any(t.kind == "tokens" and t.value >= 1e6 and t.end <= c.start for t in s.quantities)


_FOR_AFTER = guarded(
    r"(?i)\s*(?:(?:of\s+)?(?:training\s+)?(?:tokens?|токен\w*)\s+)?(?:for|для)\s+(?:(?:the|a|an)\s+)?(?:model\s+|модели\s+)?"
)


def _params_of(s: Sentence, q: Quantity, facts: NoteFacts | None = None) -> tuple[float, str] | None:
    """The parameters a token figure is said of: the nearest parameter count before it in the
    sentence, else the nearest model named before it (its exact count, else its size name), else,
    in a sentence that names no model, the model the note is about there."""
    # `1.4T tokens for a 70B`, `… for Llama 3 70B`, `для 70B`: the model or size named right after the figure (read in
    # the text as written: the masked one blanks models' names)
    after = _FOR_AFTER.match(s.unit.text, q.end)
    if after is not None:
        named = next((m for m in s.models if m.start == after.end() and m.sized), None)
        if named is not None and named.config is not None:
            return float(count_parameters(named.config).total), named.text
        if named is not None and named.nominal:
            return named.nominal, named.text
        size = next((c for c in s.quantities if c.start == after.end() and c.kind == "count" and c.scale >= 1e6), None)
        if size is not None:
            return size.value, size.text
    counts = [
        c
        for c in s.quantities
        if c.kind == "count"
        and c.scale >= 1e6
        and c.end <= q.start
        and not _PER_PARAM.match(s.unit.masked, c.end)
        and not _TRAINED_ON.search(s.unit.masked, max(s.start, c.start - 40), c.start)  # `train on 100B`: data, no model
        and not _elliptic_tokens(s, c)
    ]
    models = [m for m in s.models if m.end <= q.start and m.sized]
    last_count = counts[-1] if counts else None
    last_model = models[-1] if models else None
    if last_model is not None and (last_count is None or last_model.start > last_count.end):
        if last_model.config is not None:
            return float(count_parameters(last_model.config).total), last_model.text
        if last_model.nominal:
            return last_model.nominal, last_model.text
    if last_count is not None:
        return last_count.value, last_count.text
    if facts is not None and not s.models:
        # `Meta trained it on 9T tokens, about 7,300 per parameter`: the model of the sentences before
        model = context_model(s, facts)
        if model is not None and model.config is not None:
            return float(count_parameters(model.config).total), model.text
        if model is None and facts.declared_params is not None:
            return facts.declared_params  # a note about its own model: the one count it states
    return None


def token_budgets(s: Sentence, facts: NoteFacts) -> list[Found]:
    """The token counts a sentence states: a training budget (below), and those `_TOKEN_RULES`
    recompute (batch × sequence, image patches, what fits in a KV budget, compute-optimal)."""
    out = _compute_optimal(s, facts)  # a FLOP budget's optimum before a rate applied to a stated count
    out += _volumes_per_period(s, facts)
    used = {a for f in out for a, _ in f.used}
    out += _rates_over_spans(s, [q for q in s.quantities if q.start not in used])
    for rule in _TOKEN_RULES:
        if out:
            s = s.without(tuple(span for f in out for span in f.used))
        out += rule(s, facts)
    return out


# a sentence that refers back to a token budget stated above (`the same budget gives …`, `тот же бюджет`)
_SAME_BUDGET = guarded(
    r"(?i)\b(?:the\s+same|that|this)\s+(?:(?:training|pre-?training|token)\s+)?(?:budget|data(?:set)?|corpus)\b"
    r"|\b(?:тот|этот)\s+же\s+(?:бюджет|объ[её]м\w*|корпус|датасет)\b|\b(?:тех|этих)\s+же\s+(?:\S+\s+)?токен\w*"
)


_TOKENS_WORD_AFTER = guarded(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:tokens?|токен\w*)\b")


def _budget_above(s: Sentence, facts: NoteFacts, q: Quantity) -> Quantity | None:
    """`The authors report 2 trillion tokens for every size.` / `For Llama-2-7B the same budget gives ~30 tokens
    per parameter`: a rate said of one catalogued model the sentence names, in a sentence that refers back to a
    budget and states no token count, divides the one token count of the nearest line above (its section) that
    states one; two there, or none, and nothing is read."""
    text = s.unit.masked
    if not _SAME_BUDGET.search(text, s.start, q.start):
        return None
    if len([m for m in s.models if m.config is not None and m.end <= q.start]) != 1:
        return None
    for line in facts.lines_above.get(s.unit.line, ())[:3]:
        masked = mask(line)
        found = [
            t
            for t in find_quantities(masked)
            if t.hi is None
            and t.value >= 1e9
            and (t.kind == "tokens" or (t.kind == "count" and _TOKENS_WORD_AFTER.match(masked, t.end) is not None))
        ]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _budgets(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    tokens = [q for q in s.quantities if q.kind == "tokens"]
    if not tokens:
        return []
    out: list[Found] = []
    for q in tokens:
        if q.value < 1e5 and _PER_PARAM.match(text, q.end):  # a rate: checked against a count said before it
            # the data before the rate: a token count, or a count the model is trained on (`we train on 100B`)
            data = [
                t
                for t in s.quantities
                if t.end <= q.start
                and t.hi is None
                and t.value >= 1e6
                and (
                    t.kind == "tokens"
                    or (t.kind == "count" and _TRAINED_ON.search(text, max(s.start, t.start - 40), t.start) is not None)
                    or _elliptic_tokens(s, t)
                )
            ]
            total = data[-1] if data else _budget_above(s, facts, q)
            subject = _params_of(s, q, facts) if total is not None else None
            if total is None or subject is None:
                continue
            params, named = subject
            kind = _PARAM_KIND.match(text, q.end)
            if kind is not None and kind.group("kind"):
                continue  # `per activated parameter`: `_rates_per_kind` reads which parameters
            computed = total.value / params
            check = compare(replace(q, hedge=True, kind="number", scale=1.0), computed)
            how = f"{total.text} / {named} ({params / 1e9:.3g}B params) = {computed:,.0f} tokens per parameter"
            claim = make_claim(s.unit, q.start, q.end, "token-rate", check.verdict, f"{how}; {check.explanation}", stated=q.text)
            out.append(Found(claim, ((q.start, q.end),)))
            continue
        rate = _rate(s, facts, q.start) if q.value >= 1e6 and q.hi is None else None
        if rate is None:
            continue
        if not (
            _BUDGET.search(text, max(s.start, q.start - 300), q.start)
            or _JOINED_RIGHT_BEFORE.search(text, max(s.start, q.start - 25), q.start)
        ):
            continue  # `that is ~24.7B tokens`, `: ~160 млрд токенов` after the rule: the budget itself
        consequence = _CONSEQUENCE.search(text, q.end, s.end)
        if _COMPARED.search(text, q.end, consequence.start() if consequence else s.end):
            continue  # `saw 15T tokens, 93 times more than the optimum`: a fact compared with the budget (not a
            # consequence drawn after it: `… — это 2,5 млрд токенов, так что вы переобучили в 10 раз`)
        subject = _params_of(s, q, facts)
        if subject is None:
            continue
        params, named = subject
        computed = rate * params
        check = compare(replace(q, hedge=True), computed)
        how = f"{rate:g} tokens per parameter × {named} ({params / 1e9:.3g}B params) = {fmt(computed, q.scale, 'count')} tokens"
        claim = make_claim(s.unit, q.start, q.end, "token-budget", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# a rate of tokens per parameter of a kind (`400 tokens per activated parameter`, `44 per total parameter`,
# `на активный параметр`): the model's active or total count divides the data
_PARAM_KIND = guarded(
    r"(?i)\s*(?:tokens?\s+|токен\w*\s+)?(?:per|a|/|на|за)\s*(?:(?P<kind>activ\w*|active|total|all|активн\w*|всех|полн\w*)\s+)?(?:param\w*|параметр\w*)"
)
_ACTIVE = guarded(r"(?i)activ|активн")
# words that say a figure goes on from the data said before it (`That is 12.5 tokens per parameter`, `Это ≈ 2,9 токена`)
_GOES_ON = guarded(r"(?i)\b(?:that|this|it|which|i\.\s?e\.|so)\b|(?<!\w)(?:это|то\s+есть|т\.\s?е\.|итого)(?!\w)|→|⇒")
# a rule said before the rate (`Chinchilla's rule is 20 tokens per parameter`): a rule, not this run's rate
_RULE_BEFORE = guarded(
    r"(?i)chinchilla|шиншилл\w*|compute[- ]optimal|optimal|оптимальн\w*|\brule\b|правил\w*|\bshould\b|нужн\w*"
)


# a rate said as what the rest of the sentence follows from (`At 20 tokens per parameter, …`, `При 20 токенах на параметр`)
_PREMISE_BEFORE = guarded(r"(?i)(?:\b(?:at|with|using|assuming)|(?<!\w)(?:при|по|с))\s+(?:~|≈|about\s+|около\s+)?$")


def _data_tokens(line: str) -> list[Quantity]:
    """The training-data token counts a line states (`15T tokens`, `2 трлн токенов`): a billion or more."""
    masked = mask(line)
    return [
        t
        for t in find_quantities(masked)
        if t.hi is None
        and t.value >= 1e9
        and not _PARAM_KIND.match(masked, t.end)
        and (t.kind == "tokens" or (t.kind == "count" and _TOKENS_WORD_AFTER.match(masked, t.end) is not None))
    ]


def _one_data(line: str) -> Quantity | bool | None:
    """The one token count a line states; False when it states none, None when it states two that differ."""
    found = _data_tokens(line)
    if not found:
        return False
    if any(abs(t.value - found[0].value) > 0.03 * found[0].value for t in found):
        return None
    return found[0]


def _rate_model(s: Sentence, facts: NoteFacts, q: Quantity) -> ModelMention | None:
    """The catalogued model a rate of tokens per parameter is of: the last named before it in the sentence,
    else the one its context gives."""
    named = [m for m in s.models if m.end <= q.start and m.sized]
    if named:
        return named[-1] if named[-1].config is not None else None
    if any(m.sized for m in s.models):
        return None  # a model named after the rate: whose it is is not said
    model = context_model(s, facts)
    return model if model is not None and model.config is not None else None


def _rates_per_kind(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`14.8T tokens is 400 tokens per activated parameter and 44 per total parameter`; `That is 12.5 tokens
    per parameter` after a line that states the data: the data (the sentence's one token count, else, where
    the sentence goes on from it, the earlier sentences of its line or the nearest line above that states
    one) over the model's active (MoE: `activated`) or total parameters. A rule said before the rate, two
    data counts, a data line naming another model, or no catalogued model: nothing is read."""
    text = s.unit.masked
    out: list[Found] = []
    for q in s.quantities:
        m = _PARAM_KIND.match(text, q.end)
        if m is None or q.hi is not None or not 0 < q.value < 1e5:
            continue
        if q.kind not in ("tokens", "number", "count") or (q.kind != "tokens" and not m.group(0).lstrip()[:1].isalpha()):
            continue
        said = text[max(s.start, q.start - 300) : q.start]  # (bounded: a line of many rates stays linear)
        if q.kind != "tokens" and not re.search(r"(?i)tokens?\s+(?:per|на)|токен\w*\s+на", said):
            continue  # a bare figure (`44 per total parameter`) only after a rate of tokens per parameter
        if _RULE_BEFORE.search(said):
            continue
        if _PREMISE_BEFORE.search(text, max(s.start, q.start - 12), q.start) and _RULE_BEFORE.search(text, q.end, s.end):
            continue  # `At 20 tokens per parameter, Chinchilla-optimal for 8B is 16B tokens`: the rule's rate, a premise
        model = _rate_model(s, facts, q)
        if model is None or model.config is None:
            continue
        own = [t for t in _data_tokens(said) if t.value >= 1e9]
        data: Quantity | None = None
        where = ""
        if own:
            if any(abs(t.value - own[0].value) > 0.03 * own[0].value for t in own):
                continue
            data = own[0]
        else:
            before = s.unit.text[max(0, s.start - 300) : s.start]
            candidates = [(before, " (before it)"), *((x, " (the line above)") for x in facts.lines_above.get(s.unit.line, ()))]
            for line, label in candidates:
                found = _one_data(line)
                if found is False:
                    continue
                if found is None or not isinstance(found, Quantity):
                    break
                others = {x.config.name for x in find_mentions(line) if x.config is not None}
                if others - {model.config.name}:
                    break  # the data of another model
                if not _GOES_ON.search(said) and model.config.name not in others:
                    break  # a sentence that does not go on from the line names its model there
                data, where = found, label
                break
        if data is None:
            continue
        counts = count_parameters(model.config)
        active = bool(m.group("kind")) and _ACTIVE.search(m.group("kind")) is not None
        params = float(counts.active if active else counts.total)
        which = "active" if active and counts.active != counts.total else "total" if m.group("kind") else ""
        computed = data.value / params
        check = compare(replace(q, hedge=True, kind="number", scale=1.0), computed)
        how = (
            f"{data.text}{where} / {model.text} ({params / 1e9:.3g}B{' ' + which if which else ''} params)"
            f" = {computed:,.4g} tokens per parameter"
        )
        claim = make_claim(s.unit, q.start, q.end, "token-rate", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


_ID_TYPE = guarded(r"(?i)\bu?int(8|16|32|64)\b")


# bytes each token takes: `at ~4 bytes of UTF-8 text per token`, `по 2 байта на токен`
_BYTES_PER_TOKEN = guarded(
    r"(?i)(?<![\d.,])(?P<b>\d+(?:[.,]\d+)?)\s*(?:bytes?|B|байт\w*)\b(?:\s+[^\W\d][\w-]*){0,4}?\s*(?:per|/|на|за)\s*(?:token|токен)"
)


_TOKEN_SUFFIX = guarded(r"(?i)-(?:tokens?|токен\w*)\b")
_IDS_AFTER = guarded(r"(?i)\s*(?:token\s+)?(?:ids?\b|идентификатор\w*|id\b)")


def _ids_only(s: Sentence, t: re.Match[str]) -> bool:
    """The id type is said of token ids (`as uint32 ids`) and the sentence names no other storage
    type (`fp16 value + int32 index = 6 bytes` is a record of several fields, not the ids alone)."""
    others = [d for d in s.dtypes if s.start <= d.start < s.end and not _ID_TYPE.fullmatch(s.unit.text[d.start : d.end])]
    return not others and _IDS_AFTER.match(s.unit.masked, t.end()) is not None


def token_storage(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`1.4T token ids stored as uint16 take 2.8 TB, as int32 5.6 TB`: a size said of a token count
    at an integer id type is tokens × the type's bytes (the type nearest the size, in its clause)."""
    text = s.unit.masked
    types = list(_ID_TYPE.finditer(text, s.start, s.end))
    rates = list(_BYTES_PER_TOKEN.finditer(text, s.start, s.end))
    if not types and not rates:
        return []
    counts = [
        q
        for q in s.quantities
        if (q.kind == "tokens" or (q.kind == "count" and _TOKEN_SUFFIX.match(text, q.end))) and q.value >= 1e6 and q.hi is None
    ]  # `the 100B-token dataset`: a count of tokens
    count_ends = [c.end for c in counts]
    type_starts = [m.start() for m in types]
    rate_starts = [r.start() for r in rates]
    # `Stored as uint32 ids, the 24.7B tokens take 49.4 GB`: the sentence's one id type (read once)
    one_type = types[:1] if len({m.group(1) for m in types}) == 1 and _ids_only(s, types[0]) else []
    out: list[Found] = []
    for q in s.quantities:  # by bisection: a long line of sizes stays linear
        if q.kind != "bytes" or q.hi is not None or q.scale < 1e6:
            continue
        k = bisect_right(count_ends, q.start)
        if not k:
            continue
        tokens = counts[k - 1]
        a, b = mark_bounds(text, ",;()", s.start, q.start, q.end, s.end)  # `в uint32 — это 72 ТБ`: a dash keeps them together
        own = types[bisect_left(type_starts, a) : bisect_left(type_starts, b)][:2] or one_type
        # the rate said between the count and the size, else before the count (`~3 байта на токен, 64 млрд токенов — 19 ТБ`)
        near = rates[bisect_left(rate_starts, tokens.end) : bisect_left(rate_starts, q.start)][:2]
        if not near:
            near = rates[bisect_left(rate_starts, max(s.start, tokens.start - 200)) : bisect_left(rate_starts, tokens.start)][-2:]
        rate = [r for r in near if r.end() <= q.start]
        if len(own) == 1 and not rate:
            width: float = int(own[0].group(1)) // 8
            named = own[0].group(0)
        elif len(rate) == 1 and not own:
            # `24.7B tokens at ~4 bytes of text per token ≈ 9.9 GB`: tokens × the bytes each takes
            width, named = read_number(rate[0].group("b"), s.unit.text[s.start : s.end]), "per token"  # (`70,272 bytes`)
        else:
            continue
        computed = tokens.value * width
        check = compare(q, computed)
        how = f"{tokens.text} × {width:g} B ({named}) = {fmt(computed, q.scale)}"
        claim = make_claim(s.unit, q.start, q.end, "token-storage", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# a token column's header that states the rate (`tokens (20 per param)`, `токенов, млрд (×20)`, `tokens @ 20/param`)
_HEADER_RATE = guarded(
    r"(?i)(?<![\d.,])(?P<a>\d+(?:[.,]\d+)?)\s*(?:tokens?\s*|токен\w*\s*)?(?:per|/|на|за)\s*(?:param\w*|параметр\w*|p\b)"
    r"|[×x]\s*(?P<b>\d+(?:[.,]\d+)?)(?![\d.,])"
)
_RULE_HEADER = guarded(r"(?i)chinchilla|шиншилл\w*|compute[- ]optimal|оптимальн\w*")  # `| токены по Chinchilla, млрд |`
_TOKEN_HEADER = guarded(r"(?i)token|токен")
_PARAM_HEADER = guarded(r"(?i)param|парам")
_HEADER_SCALES = (
    (guarded(r"(?i)трлн|trillion|\(T\)|\bT\b"), 1e12),
    (guarded(r"(?i)млрд|billion|\(B\)|\bbn\b|\bB\b"), 1e9),
    (guarded(r"(?i)млн|million|\(M\)|\bM\b"), 1e6),
)


def _header_scale(header: str) -> float:
    return next((k for rx, k in _HEADER_SCALES if rx.search(header)), 0.0)


def token_tables(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A table row with a parameter count and a token budget whose column header states the rate
    (`| Heron-1.4B | 1.4B | 28B |` under `| model | params | tokens (20 per param) |`): the budget
    is rate × the row's parameters. A bare cell takes the scale its header names (`млрд`, `(B)`)."""
    if s.unit.source != "table":
        return []
    params: list[Quantity] = []
    tokens: list[tuple[Quantity, float]] = []
    row = s.unit.text
    col, at = column_at(row, s.start), s.start  # each figure's column, counted on from the last one's
    for q in s.quantities:
        col, at = col + row.count("|", at, q.start), q.start
        if q.hi is not None or q.bound:
            continue
        header = facts.column_header.get((s.unit.line, col), "")
        if not header:
            continue
        is_tokens = bool(_TOKEN_HEADER.search(header))
        is_params = bool(_PARAM_HEADER.search(_HEADER_RATE.sub("", header))) and not is_tokens
        if is_params and q.kind == "count" and q.value >= 1e6:
            params.append(q)
        elif is_params and q.kind == "number" and not q.unit and _header_scale(header) >= 1e6:
            params.append(replace(q, kind="count", scale=_header_scale(header), unit=""))  # `| параметры, млрд |` → 1,24
        elif is_tokens:
            m = _HEADER_RATE.search(header)
            if m is None and not _RULE_HEADER.search(header):
                continue
            rate = read_number(m.group("a") or m.group("b"), header) if m else _DEFAULT_RATE
            if q.kind in ("count", "tokens") and q.scale >= 1e6:
                tokens.append((q, rate))
            elif q.kind == "number" and not q.unit and _header_scale(_HEADER_RATE.sub("", header)):
                scale = _header_scale(_HEADER_RATE.sub("", header))
                tokens.append((replace(q, kind="count", scale=scale, unit=""), rate))
    if len(params) != 1 or not tokens:
        return []
    p = params[0]
    out: list[Found] = []
    for q, rate in tokens:
        if rate <= 0:
            continue
        computed = rate * p.value
        check = compare(replace(q, hedge=True), computed)
        shown = fmt(p.value, p.scale, "count")
        how = f"{rate:g} tokens per parameter (column header) × {shown} = {fmt(computed, q.scale, 'count')} tokens"
        claim = make_claim(s.unit, q.start, q.end, "token-budget", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# ---------------------------------------------------------------------------------------------
# batch × sequence: `контекст 4096 при батче 32, это 131 072 токена`,
# `a batch of 16 sequences of 2048 tokens, 32,768 tokens per step`

_BATCH = guarded(
    r"(?i)(?:\b(?:global\s+|micro-?\s*)?batch(?:\s+size)?|батч\w*|размер\w*\s+батч\w*)\s*(?:of\s+|=\s*|:\s*|в\s+|из\s+)?(?P<b>\d{1,5})(?![\d.,]\d)"
    r"|(?<![\d.,])(?P<b2>\d{1,5})\s+(?:sequences|seqs|requests|prompts|последовательност\w*|запрос\w*|промпт\w*)\b"
)
_LENGTH = guarded(
    r"(?i)(?:\bcontext(?:\s+length)?|\bsequence\s+length|\bseq[_\s-]?len\w*|контекст\w*|длин\w*\s+(?:последовательност\w*|контекст\w*))"
    r"\s*(?:of\s+|=\s*|:\s*|в\s+)?(?P<l>\d{2,7})(?![\d.,]\d|\s*[kKкК]\b)"
    r"|\bпо\s+(?P<l2>\d{2,7})\s+токен\w*|\bof\s+(?P<l3>\d{1,3}(?:,\d{3})+|\d{2,7})\s+tokens(?:\s+each)?\b"
    r"|(?<![\d.,])(?P<l4>\d{2,7})[-\s]token\s+(?:sequences|prompts|requests)"
    r"|\bseq(?:uence)?\s*[=:]?\s*(?P<l5>\d{2,7})(?![\d.,]\d|\s*[kKкК]\b)|\bдлин(?:а|ой|ы|у)\s+(?P<l6>\d{2,7})(?![\d.,]\d|\s*[kKкК]\b)"
    r"|(?<=[×x*·])\s*(?P<l7>\d{2,7})\s+(?:tokens?|токен\w*)\b"  # `512 sequences × 4096 tokens`
)
# a joiner right before the figure, nothing but a hedge between (`that is ~24.7B tokens`, `: ~160 млрд`): the
# figure is what the rule gives, not a fact said after it (`: the model saw 8T tokens`)
_JOINED_RIGHT_BEFORE = guarded(
    r"(?i)(?:\bthat\s+is|\bi\.\s?e\.|\bт\.\s?е\.|\bто\s+есть|\bэто|[→=:—–])\s*,?\s*(?:about|roughly|around|some|около|примерно|порядка)?\s*$"
)
_JOINED = guarded(
    r"(?i)(?:\bthat\s+is|\bi\.\s?e\.|\bgives?|\bmakes?|\bso\b|\bthus\b|\bэто|\bт\.\s?е\.|\bто\s+есть|\bдаёт|\bдает|[→=—–:])[^.;\d]*$"
)
_PER_STEP = guarded(
    r"(?i)\s*(?:tokens?\s+|токен\w*\s+)?(?:per|a|each|every|на|за|в)\s+(?:one\s+|один\s+|каждый\s+)?(?:step|batch|iteration|шаг|батч|итераци\w*)\b"
)
_PER_ONE = guarded(
    r"(?i)\s*(?:per|each|a|на|в)\s+(?:одну\s+|каждую\s+)?(?:sequence|request|prompt|последовательност\w*|запрос\w*)"
)


# steps of training said with a batch (`10,000 steps`, `10k steps`, `10 000 шагов`, `steps: 10000`): the tokens of the run
# are steps × batch × sequence length
_STEP_WORD = guarded(r"(?i)\b(?:steps|iterations|updates)\b|(?<!\w)(?:шагов|шага|шаги|итераци[йяи])(?!\w)")
_STEPS = guarded(
    r"(?i)(?<![\d.,])(?P<n>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,7})(?P<f>[.,]\d{1,2})?[^\S\n]*(?P<k>[kKкК]|тыс\.?)?"
    r"[^\S\n]+(?:(?:training|optimi[sz]er|gradient|train)[^\S\n]+)?(?:steps|iterations|updates|шагов|шага|итераци[йяи])(?!\w)"
    r"|(?:\bsteps|шагов|шаги)[^\S\n]*[:=][^\S\n]*(?P<n2>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,7})(?![\d.,]\d)"
)


def _step_count(m: re.Match[str]) -> int | None:
    """The steps a `_STEPS` match counts; None where a fraction is not of thousands (`2.5 steps`)."""
    digits = re.sub(r"\D", "", m.group("n") or m.group("n2"))
    value = float(digits) + (float("0" + m.group("f").replace(",", ".")) if m.group("f") else 0.0)
    if m.group("k"):
        value *= 1000
    elif m.group("f"):
        return None
    return round(value)


def _tokens_figure(s: Sentence, q: Quantity) -> bool:
    return (
        q.hi is None
        and not q.bound
        and (q.kind == "tokens" or (q.kind == "number" and bool(_TOKENS_AFTER.match(s.unit.masked, q.end))))
    )


_TOKENS_AFTER = guarded(r"(?i)\s*(?:tokens?|токен\w*)\b")


def _token_check(q: Quantity, computed: float) -> tuple[Check, str]:
    """A token count compared; one written in k (`128k tokens`) also holds at k = 1024 (131,072), as contexts are written."""
    check = compare(q, computed)
    if not check.verdict.holds and q.scale == 1e3:
        binary = compare(replace(q, scale=1024.0), computed)
        if binary.verdict.holds:
            return binary, " (k = 1024)"
    return check, ""


def _batch_tokens(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    out: list[Found] = []
    for q in s.quantities:
        if not _tokens_figure(s, q) or q.value < 256 or _PER_ONE.match(text, q.end):
            continue
        a = max(s.start, q.start - 200)  # a bounded look back: a long sentence of figures stays linear
        batches = {int(m.group("b") or m.group("b2")) for m in _BATCH.finditer(text, a, q.start)}
        lengths = {int(next(g for g in m.groups() if g).replace(",", "")) for m in _LENGTH.finditer(text, a, q.start)}
        lengths -= {q.printed}
        if len(batches) != 1 or len(lengths) != 1:
            continue
        per_step = _PER_STEP.match(text, q.end) is not None
        if not (_JOINED.search(text, max(s.start, q.start - 25), q.start) or per_step):
            continue  # a token count not said to be the batch's (`…; the dataset has 2T tokens`)
        b, n = next(iter(batches)), next(iter(lengths))
        if b < 2 or q.value < n:
            continue
        # the steps said before it (`10,000 steps at a batch of 512 × 4096: ≈ 21B tokens`): the run's tokens, all steps'
        steps = 1
        if not per_step and _STEP_WORD.search(text, a, q.start):
            counts = {_step_count(m) for m in _STEPS.finditer(text, a, q.start)}
            if len(counts) != 1 or None in counts:
                continue  # steps said, but not one count of them: which total the figure is, is open
            steps = counts.pop() or 1
            if steps < 2:
                continue
        computed = float(b * n)
        check, k = _token_check(q, computed)
        how = f"batch {b} × {n} tokens per sequence = {computed:,.0f} tokens{k}"
        if steps > 1 and not check.verdict.holds:  # (one batch's tokens, said with the steps, still hold)
            computed = float(steps * b * n)
            check, k = _token_check(q, computed)
            how = f"{steps:,} steps × batch {b} × {n} tokens per sequence = {computed:,.0f} tokens{k}"
        claim = make_claim(s.unit, q.start, q.end, "batch-tokens", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# ---------------------------------------------------------------------------------------------
# image patches: `a 336×336 image at patch 14 gives 576 visual tokens`, `картинка 448×448, патч 14 — 1024 токена`

_IMAGE = guarded(r"(?i)(?<![\d.,])(?P<h>\d{2,4})\s*[×xх*]\s*(?P<w>\d{2,4})(?![\d.,]\d)(?:\s*(?:px|pixels?|пикс\w*))?")
_PATCH = guarded(
    r"(?i)(?:\bpatch(?:es)?(?:[\s-]+size)?|патч\w*|патч\w*\s+размером)\s*(?:of\s+|=\s*|:\s*|в\s+)?(?P<p>\d{1,3})(?![\d.,]\d)(?:\s*(?:px|pixels?|пикс\w*))?"
    r"|(?<![\d.,])(?P<p2>\d{1,3})\s*[×xх]\s*(?P=p2)\s*(?:px\s+|pixel\s+|пиксел\w*\s+)?(?:patch\w*|патч\w*)"
    r"|(?<![\d.,])(?P<p3>\d{1,3})[\s-]*(?:px|pixels?|пиксел\w*)[\s-]+(?:patch\w*|патч\w*)"  # `14-pixel patches`
    r"|\bViT-[A-Za-z]{1,2}/(?P<p4>\d{1,2})(?!\d)"  # `ViT-L/14`: the patch its name says
)
_IMAGE_WORDS = guarded(r"(?i)image|picture|картинк\w*|изображени\w*|\bpx\b|pixels?|пиксел\w*|vision|visual|визуальн\w*|ViT")
_VISUAL_TOKENS = guarded(
    r"(?i)(?<![\d.,])(?P<n>\d{1,3}(?:[,\u00a0\u202f ]\d{3})*|\d+)\s+"
    r"(?:(?:visual|image|vision|patch|визуальн\w*|графическ\w*)\s+)?"
    r"(?:tokens?|токен\w*|patches|патч\w*)\b"
)


def _patch_tokens(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    here = s.unit.text
    if not _IMAGE_WORDS.search(here, s.start, s.end) or not _PATCH.search(here, s.start, s.end):
        return []
    free = {q.start: q for q in s.quantities}
    out: list[Found] = []
    for m in _VISUAL_TOKENS.finditer(text, s.start, s.end):
        q = free.get(m.start("n"))
        if q is None or q.hi is not None:
            continue
        a = max(s.start, m.start() - 200)  # a bounded look back: a long sentence stays linear
        images = [i for i in _IMAGE.finditer(here, a, m.start()) if not _PATCH.match(here, i.start())]
        patches = {int(next(g for g in p.groups() if g)) for p in _PATCH.finditer(here, a, m.start())}
        images = [i for i in images if not re.match(r"\s*(?:px\s+|pixel\s+|пиксел\w*\s+)?(?:patch|патч)", here[i.end() :], re.I)]
        if len(images) != 1 or len(patches) != 1:
            continue
        h, w, p = int(images[0].group("h")), int(images[0].group("w")), next(iter(patches))
        if p < 2 or h % p or w % p:
            continue  # a patch that does not divide the image: the note's resizing is unknown
        grid = (h // p) * (w // p)
        value = float(m.group("n").replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", ""))
        stated = replace(q, kind="count", printed=value, scale=1.0)
        check = compare(stated, float(grid))
        how = f"({h}/{p}) × ({w}/{p}) = {h // p} × {w // p} = {grid:,} patches"
        if not check.verdict.holds and compare(stated, float(grid + 1)).verdict.holds:
            check, how = compare(stated, float(grid + 1)), f"{how}, + 1 class token = {grid + 1:,}"
        claim = make_claim(
            s.unit, q.start, m.end(), "patch-tokens", check.verdict, f"{how}; {check.explanation}", stated=m.group(0)
        )
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# ---------------------------------------------------------------------------------------------
# tokens that fit in a KV budget said partly on the lines above: `… 10 GiB for the cache.` / `At 160 KiB per token
# that holds 65,536 tokens.` (a budget and a per-token size in one sentence are the capacities unit's)

_PER_TOKEN_AFTER = guarded(
    r"(?i)\s*(?:of\s+(?:[\w-]+\s+){1,2}|(?:KV[\s-]+)?(?:кэш\w*|кеш\w*|cache)\s+)?(?:per|/|a|на|за)\s*(?:one\s+|each\s+|один\s+|каждый\s+)?(?:token|токен)\b"
)
_CACHE_BEFORE = guarded(r"(?i)(?:\bcache|\bкэш\w*|\bкеш\w*|\bpool|\bпул\w*)\s+(?:[^\W\d][\w-]*\s+){0,3}(?:[~≈]\s*)?$")
_CACHE_AFTER = guarded(
    r"(?i)\s*(?:of\s+)?(?:for|под|на)\s+(?:the\s+)?(?:kv[\s-]+)?(?:cache|кэш\w*|кеш\w*)\b"
    r"|[\s-]*(?:kv[\s-]+)?(?:cache|кэш\w*|кеш\w*)[\s-]+(?:budget|pool)\b"  # `a 10 GB cache budget`
)
_FITS = guarded(
    r"(?i)\bfits?\b|\bholds?\b|\bstores?\b|\bcan\s+keep\b|\broom\s+for\b|влез\w*|помест\w*|помещ\w*|вмест\w*|хватит|\bi\.\s?e\.|\bthat\s+is\b|это"
)


@lru_cache(maxsize=256)
def _sizes_of(line: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The KV budgets (a size said of the cache or pool) and the sizes per token a line states."""
    masked = line
    budgets, per_token = [], []
    for q in find_quantities(masked):
        if q.kind != "bytes" or q.hi is not None or q.bound:
            continue
        if _PER_TOKEN_AFTER.match(masked, q.end):
            per_token.append(q.value)
        elif q.value >= 1e8 and (
            _CACHE_BEFORE.search(masked, max(0, q.start - 40), q.start) or _CACHE_AFTER.match(masked, q.end)
        ):
            budgets.append(q.value)
    return tuple(budgets), tuple(per_token)


_LENGTH_AFTER = guarded(r"(?i)\s*(?:context|prompt|window|sequence|request|контекст\w*|окн\w*|промпт\w*|запрос\w*)")


def _other_type(s: Sentence, line: str) -> bool:
    """The sentence names a storage type the line does not."""
    here = {d.name for d in s.dtypes if s.start <= d.start < s.end}
    return bool(here) and not here <= _types_of(line)


@lru_cache(maxsize=64)
def _types_of(line: str) -> frozenset[str]:
    return frozenset(d.name for d in find_dtypes(line))


def _kv_fit_tokens(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    tokens = [
        q
        for q in s.quantities
        if q.kind == "tokens"
        and q.hi is None
        and not q.bound
        and q.value >= 1e3
        and "-" not in q.text  # `a 2048-token context`: a length, not what fits
        and not _LENGTH_AFTER.match(text, q.end)
        and _FITS.search(text, max(s.start, q.start - 120), q.start)
    ]
    if not tokens:
        return []
    budgets, per_token = _sizes_of(text[s.start : s.end])
    if budgets and per_token:
        return []  # both in the sentence: the capacities unit's
    above = facts.lines_above.get(s.unit.line, ())
    if not budgets:
        for line in above:
            found, _ = _sizes_of(line)
            if found:
                budgets = found
                break
    per_token_above: str | None = None
    if not per_token:
        for line in above:
            _, found = _sizes_of(line)
            if found:
                per_token, per_token_above = found, line
                break
    if len(set(budgets)) != 1 or len(set(per_token)) != 1:
        return []
    if per_token_above is not None and _other_type(s, per_token_above):
        return []  # `with an fp8 cache …` under a per-token size said for another type above: not that size
    budget, each = budgets[0], per_token[0]
    computed = budget / each
    # the budget said here is this rule's input: no shape after it reads it as a size per token
    inputs = tuple(
        (b.start, b.end)
        for b in s.quantities
        if b.kind == "bytes" and b.value == budget and not _PER_TOKEN_AFTER.match(text, b.end)
    )
    out: list[Found] = []
    for q in tokens:
        if _PER_ONE.match(text, q.end):
            continue
        check, k = _token_check(q, computed)
        shown_budget = fmt(budget, 2**30 if budget % 2**20 == 0 else 1e9)
        shown_each = fmt(each, 1024 if each % 1024 == 0 else 1e3)
        how = f"{shown_budget} of KV budget / {shown_each} per token = {computed:,.0f} tokens{k}"
        claim = make_claim(s.unit, q.start, q.end, "kv-fit-tokens", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end), *inputs)))
        inputs = ()
    return out


# ---------------------------------------------------------------------------------------------
# compute-optimal size from a FLOP budget: C = 6·N·D with D = 20·N, so N = √(C/120), D = 20·N

_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_FLOP_BUDGET = guarded(
    r"(?i)(?<![\d.,])(?:(?P<m>\d+(?:[.,]\d+)?)\s*[×x·*]\s*)?10(?:\^\{?|\*\*)?(?P<e>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|(?<=[\^*{])\d{1,2})\}?\s*FLOP"
    r"|(?<![\d.,])(?P<m2>\d+(?:\.\d+)?)[eE]\+?(?P<e2>\d{1,2})\s*FLOP"
)
_OPTIMAL = guarded(r"(?i)compute[- ]optimal|chinchilla|шиншилл\w*|\boptimal\b|оптимальн\w*")


_CONTRAST = guarded(
    r"(?i)[;]|\binstead\b|\bbut\b|\bhowever\b|\brather\b|\bactually\b|\bwe\s+(?:chose|picked|used|trained)|вместо|\bно\b|однако|на\s+деле|а\s+мы"
)


def _compute_optimal(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    here = s.unit.text
    if not _OPTIMAL.search(here, s.start, s.end):
        return []
    budgets = list(_FLOP_BUDGET.finditer(here, s.start, s.end))
    if len(budgets) != 1:
        return []
    b = budgets[0]
    if b.group("e2"):
        flops = float(b.group("m2")) * 10.0 ** int(b.group("e2"))
    else:
        flops = float((b.group("m") or "1").replace(",", ".")) * 10.0 ** int(b.group("e").translate(_SUPER))
    if not 1e15 <= flops <= 1e30:
        return []
    n_opt = (flops / 120.0) ** 0.5
    out: list[Found] = []
    seen: set[str] = set()
    contrast = _CONTRAST.search(text, b.end(), s.end)
    stop = contrast.start() if contrast else s.end  # `…; we chose 70B parameters instead`: what follows is not the optimum
    for q in s.quantities:
        if q.start < b.end() or q.hi is not None or q.bound:
            continue
        if q.start >= stop:
            break
        if q.kind == "tokens" and q.value >= 1e6:
            computed, what = 20.0 * n_opt, "tokens"
        elif q.kind == "count" and ("param" in q.unit.lower() or "парам" in q.unit.lower()):
            computed, what = n_opt, "params"
        else:
            continue
        if what in seen:
            continue  # the optimum is the first of each said after the budget
        seen.add(what)
        check = compare(replace(q, hedge=True), computed)
        how = (
            f"compute-optimal at C = {flops:.3g} FLOP: N = √(C / (6 × 20)) = {fmt(n_opt, 1e9, 'count')} parameters, "
            f"D = 20 N = {fmt(20 * n_opt, 1e9, 'count')} tokens"
        )
        claim = make_claim(s.unit, q.start, q.end, "compute-optimal", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# ---------------------------------------------------------------------------------------------
# a share of a token count: `code is 17 % of the mix, i.e. 2.55T tokens of 15T`, `17 % смеси, т. е. 2,55 трлн токенов из 15 трлн`

_OUT_OF = guarded(r"(?i)\s*(?:tokens?\s+|токен\w*\s+)?(?:of|out\s+of|из)\s+(?:the\s+|all\s+|всех\s+)?(?:[~≈]\s*)?$")


def _token_shares(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    percents = [p for p in s.quantities if p.kind == "percent" and p.hi is None and not p.bound]
    if len(percents) != 1:
        return []
    p = percents[0]
    out: list[Found] = []
    figures = list(s.quantities)
    for i, q in enumerate(figures):
        if q.start < p.end or q.kind != "tokens" or q.hi is not None or q.bound or i + 1 >= len(figures):
            continue
        whole = figures[i + 1]
        if whole.kind not in ("tokens", "count") or whole.hi is not None or whole.scale < 1e6:
            continue
        if not _OUT_OF.match(text[q.end : whole.start]) or not _JOINED.search(text, max(p.end, q.start - 25), q.start):
            continue
        computed = p.value * whole.value
        check = compare(q, computed)
        how = f"{p.text.strip()} of {whole.text.strip()} = {fmt(computed, whole.scale, 'count')} tokens"
        claim = make_claim(s.unit, q.start, q.end, "token-share", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# a context said in k and the exact count it stands for (`Контекст 128k — это 131 072 токена`, `a 32K context: 32,768 tokens`)
_CONTEXT_K = guarded(
    r"(?i)(?:\bcontext(?:\s+(?:length|window))?|контекст\w*|\bwindow)\s*(?:of\s+|=\s*|:\s*|в\s+)?(?:~\s*)?"
    r"(?P<k>\d{1,4})\s*[kKкК](?!\w)(?:\s*(?:tokens?|токен\w*))?"
    r"|(?<![\d.,])(?P<k2>\d{1,4})\s*[kKкК][\s-]+(?:tokens?[\s-]+)?(?:context|контекст\w*)(?:\s+(?:length|window))?"
)
_CONTEXT_JOIN = guarded(
    r"(?i)\s*,?\s*(?:[=:→—–]\s*)?(?:that\s+is|i\.\s?e\.|это|т\.\s?е\.|то\s+есть|is|equals|means|означает|составляет)?"
    r"\s*(?:exactly|ровно)?\s*"
)


def _context_tokens(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`Контекст 128k — это 131 072 токена`: a context written in k is k × 1024 tokens; a count of k ×
    1000 is the other reading of k (unverifiable), any other count is wrong. A count in brackets
    (`context 128k (131 072 tokens)`) is the length spelled out, an input, not judged here."""
    text = s.unit.masked
    out: list[Found] = []
    for m in _CONTEXT_K.finditer(text, s.start, s.end):
        q = next((x for x in s.quantities if x.start >= m.end()), None)
        if q is None or not _tokens_figure(s, q) or q.scale != 1.0 or q.value < 1000:
            continue
        if q.start - m.end() > 30 or _CONTEXT_JOIN.fullmatch(text, m.end(), q.start) is None:
            continue
        k = int(m.group("k") or m.group("k2"))
        computed = float(k * 1024)
        check = compare(q, computed)
        how = f"{k}k = {k} × 1,024 = {computed:,.0f} tokens"
        verdict, why = check.verdict, check.explanation
        if not verdict.holds and compare(q, float(k * 1000)).verdict.holds:
            verdict, why = Verdict.UNVERIFIABLE, f"{why}; {k} × 1,000 = {k * 1000:,} is the decimal reading of k"
        claim = make_claim(s.unit, q.start, q.end, "context-tokens", verdict, f"{how}; {why}", stated=q.text)
        out.append(Found(claim, ()))  # the count stays free: it is the length a cache or a batch below is sized with
    return out


# ---------------------------------------------------------------------------------------------
# a data set's tokens: `120 тыс. диалогов по ~900 токенов ≈ 108 млн токенов; за 3 эпохи — 324 млн токенов`,
# `50,000 examples of 512 tokens = 25.6M tokens`: the items times the tokens of each, the epochs said after multiplying

_ITEMS = (
    r"(?:examples?|samples?|conversations?|dialog(?:ue)?s?|documents?|docs|sequences?|prompts?|rows?|records?|texts?"
    r"|pairs?|answers?|responses?|пример\w*|диалог\w*|документ\w*|последовательност\w*|промпт\w*|строк\w*|запис\w*"
    r"|текст\w*|пар\b|ответ\w*)"
)
# between the items' count and the tokens of each: `k conversations of`, `тыс. диалогов по`, `examples ×`
_ITEMS_OF = guarded(rf"(?i)[ \t]*(?P<k>k\b|K\b)?[ \t]*{_ITEMS}[ \t]+(?:of|with|at|по|из|[×x])[ \t]*$")
# between the tokens of each and the total: `each ≈`, `, that is`, ` — это`, ` = `
_DATA_TOTAL = guarded(
    r"(?i)[ \t]*(?:each|apiece|on\s+average|каждый|в\s+среднем)?[ \t]*,?[ \t]*"
    r"(?P<j>that\s+is|i\.\s?e\.|gives?|makes?|in\s+total|=|—|–|→|:|это|то\s+есть|т\.\s?е\.|итого|всего)?[ \t]*,?[ \t]*"
    r"(?:that\s+is|это)?[ \t]*(?:about|roughly|around|около|примерно|порядка)?[ \t]*$"
)
# the epochs a later total is of: `; за 3 эпохи —`, `; over 3 epochs that is`
_EPOCHS_TOTAL = guarded(
    r"(?i)^[ \t]*[;,]?[ \t]*(?:(?:за|over|for|across|in|×|x)[ \t]*)?(?P<e>\d{1,2}|two|three|four|five|две|два|три|четыре|пять)"
    r"[ \t]+(?:epochs?|эпох\w*)[ \t]*,?[ \t]*(?:that\s+is|it\s+is|gives?|makes?|=|—|–|→|:|это|то\s+есть|—\s*это)?[ \t]*"
    r"(?:about|roughly|около|примерно)?[ \t]*$"
)
_EPOCH_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "две": 2, "два": 2, "три": 3, "четыре": 4, "пять": 5}


def _dataset_tokens(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    qs = list(s.quantities)
    out: list[Found] = []
    for i in range(len(qs) - 2):
        n, each, total = qs[i], qs[i + 1], qs[i + 2]
        if n.kind not in ("number", "count") or n.hi is not None or n.bound or n.value < 2:
            continue
        if each.kind != "tokens" or each.hi is not None or not _tokens_figure(s, total):
            continue
        if each.start - n.end > 60 or total.start - each.end > 60:
            continue  # bounded gaps: a line of many figures stays linear
        of = _ITEMS_OF.fullmatch(text, n.end, each.start)
        if of is None:
            continue
        joined = _DATA_TOTAL.fullmatch(text, each.end, total.start)
        if joined is None or not (joined.group("j") or total.text[:1] in "≈~="):
            continue
        items = n.value * (1e3 if of.group("k") else 1.0)
        computed = items * each.value
        if total.value < each.value:
            continue
        stated = replace(total, hedge=True) if each.hedge or n.hedge else total
        check, k = _token_check(stated, computed)
        how = f"{items:,.0f} × {each.text} = {computed:,.0f} tokens{k}"
        if not check.verdict.holds and _STEP_WORD.search(text, max(s.start, n.start - 200), n.start):
            # `10,000 steps of 64 sequences of 2048 tokens: 1.3B tokens`: the items are one step's, the total all steps'
            counts = {_step_count(m) for m in _STEPS.finditer(text, max(s.start, n.start - 200), n.start)}
            steps = counts.pop() if len(counts) == 1 else None
            if steps is None or steps < 2:
                break  # steps said, but not one count of them: which total the figure is, is open
            computed *= steps
            check, k = _token_check(stated, computed)
            how = f"{steps:,} steps × {items:,.0f} × {each.text} = {computed:,.0f} tokens{k}"
        claim = make_claim(
            s.unit, total.start, total.end, "tokens", check.verdict, f"{how}; {check.explanation}", stated=total.text
        )
        out.append(Found(claim, ((total.start, total.end),)))
        # `; за 3 эпохи — 324 млн токенов`: the epochs said with a later total multiply it
        later = next((q for q in qs[i + 3 : i + 5] if q.kind == "tokens"), None)
        if later is not None and later.hi is None:
            m = _EPOCHS_TOTAL.match(text[total.end : later.start])
            if m is not None:
                e = m.group("e").lower()
                epochs = int(e) if e.isdigit() else _EPOCH_WORDS[e]
                if epochs > 1:
                    value = computed * epochs
                    check, k = _token_check(replace(later, hedge=stated.hedge), value)
                    how = f"{how} × {epochs} epochs = {value:,.0f} tokens{k}"
                    claim = make_claim(
                        s.unit, later.start, later.end, "tokens", check.verdict, f"{how}; {check.explanation}", stated=later.text
                    )
                    out.append(Found(claim, ((later.start, later.end),)))
        break
    return out


_TOKEN_RULES = (
    _budgets,
    _context_tokens,
    _batch_tokens,
    _patch_tokens,
    _kv_fit_tokens,
    _token_shares,
    _rates_per_kind,
    _dataset_tokens,
)


# Token volumes over a period: `в час 9 млн токенов, в сутки — 432 млн` (the day's is 24 × the hour's), `at
# 2,400 tok/s that is 8.64M tokens an hour`, a row `| 20 000 | ≈ 1,73 млрд |` under `| токенов/с | токенов в сутки |`.
_PERIOD = guarded(
    r"(?i)(?:\b(?:per|an?|each|every|in\s+an?|in\s+one)\s+(?P<en>minute|hour|day|week)\b|\b(?P<daily>daily|hourly)\b"
    r"|(?<!\w)(?:в|за|на)\s+(?:одн[иу]\s+|один\s+)?(?P<ru>минуту|час|сутки|день|неделю)(?!\w))"
)
_PERIOD_SECONDS = {
    "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0, "daily": 86400.0, "hourly": 3600.0,
    "минуту": 60.0, "час": 3600.0, "сутки": 86400.0, "день": 86400.0, "неделю": 604800.0,
}  # fmt: skip
# a span of several periods said before an amount in its clause (`за 30 дней это 6,22 млрд токенов`, `over 30 days, 6.2B
# tokens`): the amount is the rate × the span
_SPAN = guarded(
    r"(?i)(?:\b(?:over|in|for|during)|(?<!\w)за)\s+(?P<n>\d{1,4})\s+"
    r"(?P<unit>minutes?|hours?|days?|weeks?|months?|минут\w*|час(?:а|ов)?|суток|сутки|дн(?:я|ей)|день|недел\w*|месяц\w*)(?!\w)"
)
_SPAN_UNIT = (
    ("minute", 60.0), ("hour", 3600.0), ("day", 86400.0), ("week", 604800.0), ("month", 30 * 86400.0),
    ("минут", 60.0), ("час", 3600.0), ("сут", 86400.0), ("дн", 86400.0), ("день", 86400.0), ("недел", 604800.0),
    ("месяц", 30 * 86400.0),
)  # fmt: skip
_SPAN_END = guarded(r"[;.!?]\s")  # (a span is its own clause's: `…; за 30 дней это …`)


def _span_before(text: str, lo: int, q: Quantity) -> re.Match[str] | None:
    """The span said in the clause before figure `q` (`за 30 дней это 6,22 млрд`), else None."""
    found = None
    for m in _SPAN.finditer(text, max(lo, q.start - 48), q.start):
        found = m
    if found is None or _SPAN_END.search(text, found.end(), q.start):
        return None
    return found


def _span_seconds(span: re.Match[str]) -> float:
    unit = span.group("unit").lower()
    return int(span.group("n")) * next((v for k, v in _SPAN_UNIT if unit.startswith(k)), 0.0)


# a period word besides a span (`the busiest day`, `on an average day`, `в среднем за день`): an amount of that period
_DAY_WORD = guarded(r"(?i)\b(?:days?|hours?|weeks?|daily|hourly)\b|(?<!\w)(?:день|дня|сутки|суток|час|часа|недел\w*)(?!\w)")
# a part of the amount just said (`6.22B tokens, 1.2B of them from cache`, `из них 1,2 млрд`), not the span's whole
_OF_THEM = guarded(r"(?i)\s*(?:of\s+(?:them|these|which)|из\s+(?:них|которых))\b")
# what a span's amount may be split among: streams, users, devices (`at 40 tok/s per stream and 64 streams, over …`)
_MANY = guarded(
    r"(?i)[×x*]\s*\d|\b(?:GPUs?|cards?|devices?|nodes?|pods?|replicas?|users?|streams?|sessions?)\b"
    r"|(?<!\w)(?:карт\w*|узл\w*|под(?:а|ы|ов|ах)|реплик\w*|пользовател\w*|поток\w*|сесси\w*)(?!\w)"
)


# a count of streams between a rate and an amount (`at 95 tok/s serving 7 sessions`, `при 95 ток/с на 7 сессий`)
_STREAMS = guarded(
    r"(?i)(?<![\d.,])(\d{1,4})\s+(sessions|streams|users|requests|sequences|conversations|chats|сесси\w*|поток\w*"
    r"|пользовател\w*|запрос\w*|диалог\w*)(?!\w)"
)
_RATE_UNIT = guarded(r"(?i)^\s*(?:tok(?:en)?s?|ток(?:ен\w*)?)\s*/\s*(?:s|sec|с|сек)(?!\w)|^\s*tps\b")
# a rate of one device among several (`на каждую из 8 карт`, `per GPU`): not the whole machine's volume
_ONE_OF_MANY = guarded(
    r"(?i)\b(?:per|each|every)\s+(?:GPU|card|device)\b|(?<!\w)(?:на\s+)?кажд\w+\s+(?:из\s+\d+\s+)?(?:карт|GPU)"
)
# what a period amount is not: a price, a step, a budget or target stated, not a rate's volume
_NOT_VOLUME = guarded(r"(?i)\$|€|₽|руб\w*|price|cost|цен\w*|стоим\w*|\bsteps?\b|шаг\w*|\blimit\w*|лимит\w*|квот\w*|quota")


def _period_before(text: str, lo: int, q: Quantity) -> float | None:
    """The period said in the few words before figure `q` (`в сутки — 432 млн`, `a day: 6M`), else right after it."""
    found = None
    for m in _PERIOD.finditer(text, max(lo, q.start - 24), q.start):
        found = m
    if found is None:
        found = _PERIOD.match(text, q.end, q.end + 30) or _PERIOD.match(text, q.end + 1, q.end + 30)
        if found is None:
            after = re.match(r"\s*(?:tokens?|токен\w*)?\s*", text[q.end : q.end + 20])
            found = _PERIOD.match(text, q.end + (after.end() if after else 0))
    if found is None:
        return None
    word = (found.group("en") or found.group("daily") or found.group("ru")).lower()
    return _PERIOD_SECONDS.get(word)


def _amounts(text: str, a: int, b: int, qs: list[Quantity]) -> list[tuple[Quantity, float, bool]]:
    """The token amounts in [a, b), each with the period it is said per (tokens, or a bare count beside tokens), and
    whether that period is a span said before it (`за 30 дней это …`: the first amount after the span, in a sentence
    that says no period of its own besides)."""
    out = []
    tokens_said = any(q.kind == "tokens" for q in qs)
    spans: set[int] = set()
    spanned = _SPAN.search(text, a, b) is not None  # (read once: a sentence of many amounts stays linear)
    per_period = spanned and _PERIOD.search(text, a, b) is not None
    for q in qs:
        if not a <= q.start < b or q.hi_printed is not None or q.value < 1e3:
            continue
        if q.kind != "tokens" and not (q.kind == "count" and tokens_said and q.scale >= 1e3):
            continue
        if _RATE_UNIT.match(text, q.end) or _PER_SECOND_AFTER.match(text, q.end):
            continue
        period = _period_before(text, a, q)
        if period is not None:
            if not spanned:  # (`for 8 hours a day over 30 days, that's …`: a duty cycle, neither period alone)
                out.append((q, period, False))
            continue
        span = _span_before(text, a, q) if spanned and not per_period else None
        if span is None or span.start() in spans or _OF_THEM.match(text, q.end):
            continue
        if _DAY_WORD.search(text, a, span.start()) or _DAY_WORD.search(text, span.end(), b):
            continue  # `In 30 days …, the busiest day was 250M tokens`: a day's amount, not the span's
        spans.add(span.start())
        seconds = _span_seconds(span)
        if seconds:
            out.append((q, seconds, True))
    return out


def _token_rates(text: str, qs: list[Quantity] | tuple[Quantity, ...]) -> list[Quantity]:
    return [q for q in qs if q.hi_printed is None and q.value > 0 and (q.kind == "throughput" or _RATE_UNIT.match(text, q.end))]


# a rate said as one stream's bound (`ceiling`, `at most`, `потолок`): what the hardware allows, no volume's rate
_A_BOUND = guarded(r"(?i)\bceiling|\bupper\s+bound|\bat\s+most\b|\bmemory-bound|потол\w*|(?<!\w)предел\w*|не\s+более")


def _volumes_per_period(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A token amount said per period (minute, hour, day, week) or over a span said before it (`за 30 дней`, `over 30
    days`) is the rate × the period: the rate said before it in the sentence or on the line above (one, not one
    device's among several), one said right after it as the same rate, or the amount of another period said before it
    (the day's is 24 × the hour's). Off by less than 2× it is unsure (rates are rounded)."""
    text = s.unit.masked
    if s.unit.source != "table" and (
        not (_PERIOD.search(text, s.start, s.end) or _SPAN.search(text, s.start, s.end))
        or _NOT_VOLUME.search(text, s.start, s.end)
    ):
        return []
    qs = [q for q in find_quantities(text) if s.start <= q.start < s.end]
    free = {q.start for q in s.quantities}
    if s.unit.source == "table":
        return _table_volumes(s, facts, [q for q in qs if q.start in free])
    amounts = _amounts(text, s.start, s.end, qs)
    if not amounts:
        return []
    rates = _token_rates(text, qs)
    out: list[Found] = []
    above_amount: tuple[Quantity, float, str] | None = None
    above_rate: Quantity | None = None
    if not rates:
        for line in facts.lines_above.get(s.unit.line, ()):
            lqs = list(find_quantities(line))
            found_rates = _token_rates(line, lqs)
            found_amounts = _amounts(line, 0, len(line), lqs)
            if found_rates or found_amounts:
                if (
                    len({round(r.value, 6) for r in found_rates}) == 1
                    and not found_amounts
                    and not _ONE_OF_MANY.search(line)
                    and not _A_BOUND.search(line)  # `Потолок одного потока … ≈ 95 ток/с`: a bound, no service's rate
                ):
                    above_rate = found_rates[0]
                elif len(found_amounts) == 1 and not found_rates:
                    above_amount = (found_amounts[0][0], found_amounts[0][1], line)
                break
    # (one pass: the rates before each amount by a pointer, the latest amount of each period so far)
    j = 0
    values: set[float] = set()
    latest: dict[float, tuple[Quantity, int]] = {}
    one_of_many = _ONE_OF_MANY.search(text, s.start, s.end)
    for k, (q, period, spanned) in enumerate(amounts):
        while j < len(rates) and rates[j].end <= q.start:
            values.add(round(rates[j].value, 6))
            j += 1
        other = max((v for p, v in latest.items() if p != period), key=lambda v: v[1], default=None)
        latest[period] = (q, k)
        if q.start not in free:
            continue
        if j:
            if len(values) != 1 or (one_of_many and one_of_many.start() < q.start):
                continue
            r = rates[j - 1]
            if spanned and _MANY.search(text, r.end, q.start):
                continue  # `at 40 tok/s per stream and 64 streams, over 30 days …`: the rate may be one of several
            computed, how = r.value * period, f"{r.text} × {period:,.0f} s"
            streams = _STREAMS.search(text, max(r.end, q.start - 120), q.start)  # (bounded: one rate before many amounts)
            if streams is not None and not compare(q, computed).verdict.holds:
                # `A replica at 95 tok/s serving 7 sessions emits 2.4 M tokens per hour`: the rate may be each stream's
                n = int(streams.group(1))
                if compare(q, computed * n).verdict.holds:
                    computed, how = computed * n, f"{r.text} × {n} {streams.group(2)} × {period:,.0f} s"
        elif spanned:
            continue
        elif (at := _rate_after(text, q, rates, s.end)) is not None and not (one_of_many and one_of_many.start() > q.end):
            computed, how = at.value * period, f"{at.text} × {period:,.0f} s"
        elif other is not None:
            a = other[0]
            p = next(pp for pp, v in latest.items() if v is other)
            computed, how = a.value * period / p, f"{a.text} × {period / p:g}"
        elif above_rate is not None:
            computed, how = above_rate.value * period, f"{above_rate.text} (the line above) × {period:,.0f} s"
        elif above_amount is not None and above_amount[1] != period:
            a, p, _ = above_amount
            computed, how = a.value * period / p, f"{a.text} (the line above) × {period / p:g}"
        else:
            continue
        out.append(_judge_volume(s, q, computed, how))
    return out


# the rate an amount is said at, right after it and its period, as the rate said before (`2.07B tokens per day at the same
# 2,400 tok/s`, `при тех же 2400 ток/с`): a rate said after it otherwise may be a peak, a pilot's or one user's
_AT_RATE = guarded(r"(?i)[^\d;.!?]{0,40}?(?:\bat|\bwith|(?<!\w)при)\s+(?:the\s+same|(?:тех|те|той)\s+же)\s+(?:~|≈)?\s*")


def _rate_after(text: str, q: Quantity, rates: list[Quantity], end: int) -> Quantity | None:
    """The one rate said right after amount `q` as the rate it is at, with no other figure between."""
    r = next((r for r in rates if r.start >= q.end), None)
    if r is None or r.start >= end:
        return None
    m = _AT_RATE.match(text, q.end, r.start)
    return r if m is not None and m.end() == r.start else None


_PER_SECOND_AFTER = guarded(r"(?i)\s*(?:(?:a|per|each|every)\s+second\b|(?:в|за)\s+(?:одну\s+)?секунду(?!\w))")


def _rates_over_spans(s: Sentence, qs: list[Quantity]) -> list[Found]:
    """`15 трлн токенов за 54 дня — это около 3,2 млн токенов в секунду`: an amount of tokens said a second, after an
    amount said over a span (of minutes to months) in its sentence, is that amount over the span's seconds; not where
    the sentence names devices, streams or users it may be one of."""
    text = s.unit.masked
    amounts = [q for q in qs if q.kind == "tokens" and q.hi_printed is None and q.value > 0]
    out: list[Found] = []
    for i, t in enumerate(amounts):
        if not i or _PER_SECOND_AFTER.match(text, t.end) is None:
            continue
        total = amounts[i - 1]
        span = _span_before(text, total.end, t)
        if span is None or _SPAN.search(text, span.end(), t.start) or _MANY.search(text, total.start, s.end):
            continue  # (`… on 1,024 GPUs is about 3.1K tokens a second per GPU`: a rate of one of several)
        seconds = _span_seconds(span)
        if seconds:
            how = f"{total.text} / {span.group(0).strip()} ({seconds:,.0f} s)"
            out.append(_judge_volume(s, t, total.value / seconds, how))
    return out


def _judge_volume(s: Sentence, q: Quantity, computed: float, how: str) -> Found:
    check = compare(q, computed)
    verdict, why = check.verdict, check.explanation
    off = max(q.value / computed, computed / q.value) if computed > 0 and q.value > 0 else float("inf")
    if verdict is Verdict.WRONG and off < 1.9:
        verdict, why = Verdict.UNVERIFIABLE, why + " by less than 2×: the rate may be rounded"
    elif verdict is Verdict.UNIT_CONFUSION:
        verdict = Verdict.WRONG
    claim = make_claim(
        s.unit,
        q.start,
        q.end,
        "token-volume",
        verdict,
        f"{how} = {fmt(computed, q.scale, 'count')} tokens; {why}",
        stated=q.text,
        recomputed=f"{computed:,.4g}",
    )
    return Found(claim, ((q.start, q.end),))


_RATE_HEADER = guarded(r"(?i)tok(?:en)?s?\s*/\s*(?:s|sec)\b|ток(?:ен\w*)?\s*/\s*с(?!\w)|\btps\b")


_TOKENS_HEADER = guarded(r"(?i)tokens?|токен\w*")


def _table_volumes(s: Sentence, facts: NoteFacts, qs: list[Quantity]) -> list[Found]:
    """`| 20 000 | ≈ 1,73 млрд |` under `| токенов/с | токенов в сутки |`: the row's rate × the period its header says."""
    rates: list[Quantity] = []
    amounts: list[tuple[Quantity, float]] = []
    for q in qs:
        header = facts.header_of(s, q)
        if not header or q.hi_printed is not None:
            continue
        if _RATE_HEADER.search(header) and q.kind in ("number", "count", "throughput") and q.value > 0:
            rates.append(q)
            continue
        period = _PERIOD.search(header)
        if period and _TOKENS_HEADER.search(header) and q.kind in ("number", "count", "tokens") and q.value >= 1e3:
            word = (period.group("en") or period.group("daily") or period.group("ru")).lower()
            if word in _PERIOD_SECONDS:
                amounts.append((q, _PERIOD_SECONDS[word]))
    if len(rates) != 1:
        return []
    r = rates[0]
    return [_judge_volume(s, q, r.value * p, f"{r.text} tok/s (its row) × {p:,.0f} s") for q, p in amounts]
