"""FLOP claims: training compute k·N·D (`6·N·D`, `6ND`), a forward pass 2·N per token, a step per sequence
(`8·N·s` with recompute, the factor the sentence states), and FLOPs restated in petaFLOP/s-days (8.64e19 FLOPs).

N is a parameter count the sentence states, else its model (a mixture of experts: its active parameters), else the
model the context names; D a token count the sentence states, else the one its line states before it, else the one
the nearest line above in its section states (its epochs multiply). A missing or ambiguous input is unverifiable,
never guessed; what the factor is (training, a forward pass) must be said: a formula, a training or inference word.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import replace
from functools import lru_cache

from vaultkit.claims.catalog import ModelMention, find_mentions
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.shapes.base import FOR_SIZE_AFTER, Found, NoteFacts, Sentence, found, line_names, make_claim, starting_in
from vaultkit.claims.shapes.sized import _note_model_of_size, _size_named_model, context_model, is_parameter_count, sibling
from vaultkit.claims.verdict import compare

_X = r"[ \t]*[·⋅×*xх]?[ \t]*"
# `6·N·D`, `6ND`, `6 × N × D`, `2·N·T`, `8·N·s`, `6 N_active D`
_FORMULA = guarded(rf"(?<![\w.,])(?P<k>\d{{1,2}}){_X}N(?:_?\{{?(?:active|act|a)\}}?)?{_X}(?P<d>[DTs])(?![\w(])")
# `2N FLOPs per token`, `2·N на токен`
_PER_TOKEN_FORMULA = guarded(
    rf"(?<![\w.,])(?P<k>\d{{1,2}}){_X}N(?:_?\{{?(?:active|act|a)\}}?)?(?![\w·⋅×*(])(?![ \t]*[·⋅×*][ \t]*[A-Za-z])"
)
_PER_TOKEN = guarded(
    r"(?i)(?:\bper|\ba|\beach|\b(?:for\s+)?every|(?<!\w)на|(?<!\w)за|(?<!\w)для\s+каждого)\s+(?:(?:generated|output|new|single|каждый|один|сгенерированн\w*|выходн\w*)\s+)?"
    r"(?:token|токен[ау]?)(?!\w)|/\s*(?:token|tok|токен)(?!\w)"
)
_PER_SEQUENCE = guarded(r"(?i)\bper\s+sequence\b|(?<!\w)на\s+последовательност\w*|(?<!\w)за\s+последовательност\w*")
_PER_EPOCH = guarded(r"(?i)\bper\s+epoch\b|\ban\s+epoch\b|(?<!\w)(?:на|за)\s+(?:одну\s+)?эпоху(?!\w)")
_SAME = guarded(r"(?i)\bthe\s+same\b|\bsame\s+formula\b|(?<!\w)т(?:о|от|а|ем|ой)\s+же(?!\w)")
_TRAINS = guarded(
    r"(?i)\btrain\w*|\bpre-?train\w*|\bfine-?tun\w*|(?<!\w)обуч\w*|(?<!\w)дообуч\w*|(?<!\w)претрейн\w*|(?<!\w)предобуч\w*"
)
_FORWARD = guarded(
    r"(?i)\bgenerat\w*|\binference\b|\bdecod\w*|\bforward\s+pass|\bprefill\w*|\bprompt\w*"
    r"|(?<!\w)инференс\w*|(?<!\w)генерац\w*|(?<!\w)префилл?\w*|(?<!\w)промпт\w*|(?<!\w)прям\w+\s+проход\w*"
)
_HYPOTHETICAL = guarded(r"(?i)\bif\b|\bwould\b|\bvs\.?\b|\bversus\b|\bcompared\b|(?<!\w)если|(?<!\w)бы(?!\w)|(?<!\w)против")
_FLOP_WORD = guarded(r"(?i)flop|флоп|(?<![\w.,])\d{1,2}[ \t]*[·⋅×*]?[ \t]*N[ \t]*[·⋅×*]?[ \t]*D(?!\w)")
_FLOP_AFTER = guarded(r"[ \t]{0,2}(?:ФЛОП|флоп)(?!\w)")
_RATE_AFTER = guarded(r"(?i)\s*(?:/\s*(?:s|sec|с)\b|per\s+second|a\s+second|в\s+секунду|за\s+секунду)")
_PREFIXED_RATE = guarded(r"[KMGTPE]FLOPS$|[kmgtpe]flops$")
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "одна": 1,
    "одну": 1,
    "две": 2,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
}
_EPOCHS = guarded(
    r"(?i)(?<![\w.,])(?P<n>\d{1,2}|one|two|three|four|five|одн[ау]|две|два|три|четыре|пять)\s+(?:epochs?|эпох\w*)(?!\w)"
)
_TOTAL = guarded(r"(?i)\ball\b|\btotal\b|\bdense\b|(?<!\w)вс(?:ех|ем|е|ём)(?!\w)|(?<!\w)полн\w+|(?<!\w)плотн\w+")
# `1 petaFLOP/s-day`, `3.6 thousand petaflop/s-days`, `PF-days`, `петафлоп/с-дней`
_PF_DAY = guarded(
    r"(?i)[ \t]{0,2}(?:peta-?flop/?s?-?[ \t]?days?|pf-?days?|петафлоп\w*(?:/с)?-?[ \t]?(?:дн\w*|сут\w*|день))(?!\w)"
)
PF_DAY = 1e15 * 86400
# a product of letters the sentence writes (`2·V·h`, `4·s·d`, `6·N·D`)
_OTHER_FORMULA = guarded(r"(?<![\w.,])\d{1,2}[ \t]*[·⋅×*][ \t]*[A-Za-z](?:_\w+)?[ \t]*[·⋅×*][ \t]*[A-Za-z](?!\w)")
_BACK = 240  # how far before a sentence its line is read for the data or words it goes on from (bounded: linear)
_ONE_PF_DAY = guarded(r"(?i)(?<!\w)(?:one|a|один|одни|одна)(?=[ \t]{1,2}(?:peta|pf|петафлоп))")
# `6 × 68.98e9 × 2e12`, `6*8e9*15e12`: the training formula written out in numbers
_CHAIN = guarded(
    r"(?<![\w.,])(?P<k>\d)[ \t]*[×*·][ \t]*\d+(?:\.\d+)?e\d{1,2}[ \t]*[×*·][ \t]*(?P<d>\d+(?:\.\d+)?e\d{1,2})(?![\w.])"
)
# `the 7B`, `70b`: a model called by its size alone
_SIZE_ALONE = guarded(
    r"(?<![\w.-])(\d{1,3}(?:\.\d)?)([bBmM])(?![\w.-])"
    # `over 1B tokens`, `на 2B токенов`: a count of what is processed, not a model's size
    r"(?!\s*(?:tokens?|токен\w*|words?|слов\w*|samples?|examples?|пример\w*|sequences?|documents?|документ\w*|rows?|vectors?|вектор\w*)(?!\w))"
)
# a size name's number and its letter (`405B` → 405, B), where `FOR_SIZE_AFTER` found the size a figure is said for
_SIZE_PARTS = guarded(r"(\d{1,3}(?:\.\d)?)([bBmM])(?![\w-]|\.\w)")
# a token count that is a context or a sequence, not the data trained on
_CONTEXT_AFTER = guarded(r"(?i)[- ]?(?:tokens?|токен\w*)?[ \t]*(?:context|контекст\w*|window|окн\w*)")
_CYRILLIC = guarded(r"[а-яё]", re.I)


# `15.6T training tokens`: a count of trillions the word after it (or the one after that) says are tokens
_TOKENS_AFTER = guarded(r"(?i)[ \t]+(?:[a-zа-яё-]{3,20}[ \t]+)?(?:tokens?|токен\w*)(?!\w)")
_PER_PARAM_AFTER = guarded(r"(?i)\s*(?:per|на|a|/)\s*(?:param|парам)")


@lru_cache(maxsize=256)
def _search(rx: re.Pattern[str], line: str) -> re.Match[str] | None:
    """`rx.search(line)` of a line above, read once per line (not once per sentence of a long line below it)."""
    return rx.search(line)


def _is_flop_count(text: str, q: Quantity) -> bool:
    if q.kind == "flops":
        if _RATE_AFTER.match(text, q.end) or _PF_DAY.match(text, q.end - 4 if q.end >= 4 else 0):
            return False
        return not (_PREFIXED_RATE.search(q.text) and not _PER_TOKEN.match(text, q.end))
    return q.kind == "number" and bool(_FLOP_AFTER.match(text, q.end))


def _epochs(text: str) -> int:
    m = _EPOCHS.search(text)
    if m is None:
        return 1
    n = m.group("n").lower()
    return int(n) if n.isdigit() else _NUMBER_WORDS.get(n, _NUMBER_WORDS.get(n[:3] + "а", 1))


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if all(abs(v - o) > 1e-6 * max(abs(o), 1.0) for o in out):
            out.append(v)
    return out


@lru_cache(maxsize=256)
def _one_token_count(text: str, end: int | None = None) -> tuple[float, str] | bool | None:
    """The one token count a text states (times the epochs it states), False when it states several, None when none."""
    comma = _CYRILLIC.search(text) is not None
    qs = [
        q
        for q in find_quantities(text, decimal_comma=comma)
        if (q.kind == "tokens" or (q.kind == "count" and q.value >= 1e12 and _TOKENS_AFTER.match(text, q.end)))
        and (end is None or q.end <= end)
    ]
    qs = [
        q
        for q in qs
        if not _PER_TOKEN.match(text, q.end)
        and not _CONTEXT_AFTER.match(text, q.end)
        and not re.match(r"(?i)\s*(?:per|на|за|a|/)\s*(?:step|шаг|batch|батч|param|парам)", text[q.end :])
    ]
    values = _distinct([q.value for q in qs])
    if not values:
        return None
    if len(values) > 1:
        return False
    e = _epochs(text[:end] if end is not None else text)
    return values[0] * e, qs[0].text + (f" × {e} epochs" if e > 1 else "")


def flops(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    if not line_names(_FLOP_WORD, s.unit.text) and not any(
        line_names(_FLOP_WORD, x) for x in facts.lines_above.get(s.unit.line, ())[:1]
    ):
        return []
    out: list[Found] = []
    conv = _pf_days(s)
    if conv is not None:
        return [conv]
    bounds = _clauses(s)
    taken: set[int] = set()
    for q in s.quantities:
        named_flops = _is_flop_count(text, q)
        bare = q.kind == "number" and q.value >= 1e15 and not named_flops
        if not (named_flops or bare) or q.start in taken:
            continue
        if not out and (said := _said_before(s, facts, q)) is not None:
            out.append(said)  # `… 6,2·10²² ФЛОП. В старой версии стояло 3,1·10²² ФЛОП.`: another source's figure
            break
        clause = bounds.get(q.start, (s.start, s.end))
        if out and not _OWN_READING.search(s.unit.text, clause[0], q.start) and not FOR_SIZE_AFTER.match(s.unit.text, q.end):
            # a later figure is judged only in a clause of its own (`; with all 671B it would be …`), or said for a
            # model of its own (`811.7 GFLOP for the 405B and 15.2 GFLOP for the 7B`)
            continue
        got = _judge(s, facts, q, strict=bare, clause=clause)
        if got is not None:
            out.append(got)
            _remember(s, facts, q, got)
            more = _other_sources(s, q, got)
            out.extend(more)
            taken.update(start for x in more for start, _ in x.used)
    return out


# a size said as what a figure is for (`… для 8B`, `… for the 8B`): it belongs to that figure, not to the next one
_SAID_FOR_BEFORE = guarded(r"(?i)(?:\bfor|\bof|(?<!\w)для|(?<!\w)у)[ \t]+(?:the[ \t]+|a[ \t]+)?$")


# what a later clause says of its own figure: a training or forward word, or all the parameters
_OWN_READING = guarded("|".join(f"(?:{rx.pattern.removeprefix('(?i)')})" for rx in (_TRAINS, _FORWARD, _TOTAL)), re.I)


# the last FLOP count judged on each line of a note (by the note's facts, held weakly): where it ends, its value
# and how; a later sentence of the line that only quotes another figure for it is judged on the same value
_LAST: dict[int, tuple[weakref.ref[NoteFacts], dict[int, tuple[int, float, str]]]] = {}


def _remember(s: Sentence, facts: NoteFacts, q: Quantity, got: Found) -> None:
    c = got.claim
    if c is None or c.verdict is Verdict.UNVERIFIABLE or not c.value:
        return
    held = _LAST.get(id(facts))
    if held is None or held[0]() is not facts:
        if len(_LAST) > 64:
            _LAST.clear()
        held = (weakref.ref(facts), {})
        _LAST[id(facts)] = held
    held[1][s.unit.line] = (q.end, c.value, c.explanation.split("; stated")[0])


def _said_before(s: Sentence, facts: NoteFacts, q: Quantity) -> Found | None:
    from vaultkit.claims.shapes.times import _another_estimate  # the shapes import each other: read at call time

    held = _LAST.get(id(facts))
    if held is None or held[0]() is not facts:
        return None
    last = held[1].get(s.unit.line)
    if last is None or last[0] > s.start or not _another_estimate(s.unit.masked[s.start : q.start]):
        return None
    if _of_its_own(s, q, s.end):
        return None
    check = compare(replace(q, hedge=True), last[1])
    claim = make_claim(
        s.unit,
        q.start,
        q.end,
        "flops",
        check.verdict,
        f"the same FLOPs as before it: {last[2]}; {check.explanation}",
        stated=q.text,
        value=last[1],
    )
    return found(claim, q)


def _of_its_own(s: Sentence, f: Quantity, end: int) -> bool:
    """A quoted figure said with inputs of its own (`a paper said 1.2e24 FLOP for the 70B`, `… on 2T tokens`): another
    computation, not another source's figure for the one before it."""
    if any(f.end <= m.start < end for m in s.models) or _SIZE_ALONE.search(s.unit.masked, f.end, end):
        return True
    return any(x is not f and f.end <= x.start < end for x in s.quantities)


def _other_sources(s: Sentence, q: Quantity, got: Found) -> list[Found]:
    """`that's 3.8e25 FLOP — I've seen 1.9e25 quoted too`: another source's figure for the FLOPs just judged, with
    no inputs or setting of its own between them, is judged on the same count."""
    from vaultkit.claims.shapes.times import _another_estimate  # the shapes import each other: read at call time

    c = got.claim
    if c is None or c.verdict is Verdict.UNVERIFIABLE or not c.value:
        return []
    text = s.unit.masked
    end = m.end() if (m := _FLOP_AFTER.match(text, q.end)) else q.end
    out: list[Found] = []
    for f in s.quantities:
        if f.start < end:
            continue
        if not (_is_flop_count(text, f) or (f.kind == "number" and f.value >= 1e15)):
            break
        if not _another_estimate(text[end : f.start]):
            break
        cut = _CLAUSE_BREAK.search(text, f.end, s.end)
        if _of_its_own(s, f, cut.start() if cut is not None else s.end):
            break
        check = compare(replace(f, hedge=True), c.value)
        how = c.explanation.split("; stated")[0]
        claim = make_claim(
            s.unit,
            f.start,
            f.end,
            "flops",
            check.verdict,
            f"the same FLOPs as before it: {how}; {check.explanation}",
            stated=f.text,
            value=c.value,
        )
        out.append(found(claim, f))
        end = m2.end() if (m2 := _FLOP_AFTER.match(text, f.end)) else f.end
    return out


_CLAUSE_BREAK = guarded(r"[;—–(]|,[ \t]")


def _clauses(s: Sentence) -> dict[int, tuple[int, int]]:
    """Each FLOP figure's own clause, by its start: from the end of the FLOP figure before it (and the
    `per token` said right after that one) to the start of the FLOP figure after it (`74 GFLOP per token,
    3.3e24 FLOP of pre-training`: the training word is the second figure's, the per token the first's)."""
    text = s.unit.masked
    figs = [
        q
        for q in starting_in(find_quantities, s.start, s.end, text)
        if q.end <= s.end and (_is_flop_count(text, q) or (q.kind == "number" and q.value >= 1e15))
    ]
    out: dict[int, tuple[int, int]] = {}
    for k, q in enumerate(figs):
        lo = s.start
        if k:
            prev = figs[k - 1]
            end = m.end() if (m := _FLOP_AFTER.match(text, prev.end)) else prev.end
            after = _PER_TOKEN.search(text, end, min(end + 30, q.start))
            lo = after.end() if after is not None and not text[end : after.start()].strip() else end
        hi = figs[k + 1].start if k + 1 < len(figs) else s.end
        cut = _CLAUSE_BREAK.search(text, q.end, hi)  # `…: 3.8e25 FLOP; with 2 epochs it would be …`: the next one's words
        out[q.start] = (min(lo, q.start), max(cut.start() if cut is not None else hi, q.end))
    return out


def _judge(s: Sentence, facts: NoteFacts, f: Quantity, *, strict: bool, clause: tuple[int, int] | None = None) -> Found | None:
    text = s.unit.masked
    lo, hi = clause or (s.start, s.end)
    own = s.unit.text[lo:hi]
    before = s.unit.text[s.start : lo]
    own_words = _TRAINS.search(own) is not None or _FORWARD.search(own) is not None
    # the figure's own clause says what it is; a clause saying nothing goes on from the clauses before it
    sent = own if own_words or lo == s.start else before + own
    formula = _FORMULA.search(text, lo, f.start) or (None if own_words else _FORMULA.search(text, s.start, lo))
    per_token = (
        _PER_TOKEN.search(text, lo, hi) is not None
        or (not own_words and _PER_TOKEN.search(text, s.start, lo) is not None)
        or bool(_PER_TOKEN_FORMULA.search(text, s.start if not own_words else lo, f.start))
    )
    per_seq = _PER_SEQUENCE.search(text, s.start, s.end) is not None
    same = _SAME.search(text, s.start, f.start) is not None
    above = facts.lines_above.get(s.unit.line, ())
    other = _OTHER_FORMULA.search(text, s.start, s.end)
    if other is not None and not _FORMULA.match(text, other.start()) and formula is None:
        return None  # another formula (`2·V·h per token`, `4·s·d`): not the parameters' FLOPs
    k: int | None = None
    quiet = False
    letter = "D"
    why = ""
    if formula is not None:
        k, letter, why = int(formula.group("k")), formula.group("d"), f"{formula.group(0)}"
    elif per_token and (m := _PER_TOKEN_FORMULA.search(text, s.start, s.end)):
        k, letter, why = int(m.group("k")), "", m.group(0)
    elif same:
        for line in above[:2]:
            m2 = _search(_FORMULA, line) or _search(_CHAIN, line)
            if m2 is not None:
                letter = m2.group("d") if m2.re is _FORMULA else "D"
                k, why = int(m2.group("k")), f"{m2.group(0)} (the line above)"
                break
    elif not strict and above and not (_TRAINS.search(sent) or _FORWARD.search(sent)) and (m4 := _search(_FORMULA, above[0])):
        # `- По всем 46,7 млрд вышло бы 2,8·10²⁴ FLOP` under `- 6·N·D …`: the list goes on with the line above's formula
        k, letter, why, same = int(m4.group("k")), m4.group("d"), f"{m4.group(0)} (the line above)", True
    if (
        k == 6
        and per_token
        and not letter
        and _FORWARD.search(sent) is not None
        and _TRAINS.search(sent) is None
        and not _HYPOTHETICAL.search(sent)
    ):
        # `Inference is 6N per token, so Llama-3-8B costs 48.2 GFLOP per token`: 6N is a training step's cost per token
        # (forward and backward); a generated token is one forward pass, 2N
        k, why = 2, f"a forward pass: 2·N (the sentence's {why} counts a training step's backward pass too)"
    if k is None and strict and above and not _FLOP_WORD.search(sent):
        # `6ND for 8b on 15T tok: … = 7.2e23` / `70b on 15T: ≈6.35e23`: a bare figure under a line that writes the formula
        m3 = _search(_FORMULA, above[0])
        if m3 is not None:
            k, letter, why = int(m3.group("k")), m3.group("d"), f"{m3.group(0)} (the line above)"
    if k is None:
        said = (
            s.unit.text[max(0, s.start - _BACK) : hi] if strict else sent
        )  # a bare figure: the line's words before it say what it counts
        trains, forward = _TRAINS.search(said) is not None, _FORWARD.search(said) is not None
        if trains == forward:
            return None
        k, why = (6, "training: 6·N·D") if trains else (2, "a forward pass: 2·N·D")
        quiet = True  # a factor read from a word only: a missing input leaves the figure to the other shapes
        if per_token:
            letter = ""
    if k not in (2, 4, 6, 8):
        return None
    per_token_claim = per_token and not letter
    if per_seq and letter != "s":
        return None
    # N: a parameter count the sentence states before the figure, else its model, else the context's
    counts = [
        c
        for c in s.quantities
        if c.kind == "count" and lo <= c.start and c.end <= f.start and 1e6 <= c.value < 1e13 and is_parameter_count(s, c)
    ]
    said_for_before = counts and _SAID_FOR_BEFORE.search(text, max(lo, counts[-1].start - 12), counts[-1].start)
    if said_for_before and FOR_SIZE_AFTER.match(text, f.end):
        counts = []  # `16,1 ГФЛОП для 8B и 141 ГФЛОП для 70B`: the size before is the figure before's; this one's is after it
    used: list[Quantity] = []
    n_text = ""
    params = 0.0
    if counts:
        c = counts[-1]
        params, n_text = c.value, c.text
        used.append(c)
    else:
        models = {m.config.name: m for m in s.models if lo <= m.start < f.start and m.config is not None}
        if not models and not own_words:
            models = {m.config.name: m for m in s.models if s.start <= m.start < lo and m.config is not None}
        if len(models) > 1:
            return _unverifiable(s, f, "FLOPs: the sentence names several models")
        model = next(iter(models.values())) if models else None
        size = _SIZE_ALONE.search(text, lo, f.start)
        said_for = FOR_SIZE_AFTER.match(text, f.end) if model is None and not strict else None
        if said_for is not None:
            # `811.7 GFLOP for the 405B and 15.2 GFLOP for the 7B`: the size the figure is said for, right after it
            size = _SIZE_PARTS.match(text, said_for.start(1))
            model = _note_model_of_size(facts, said_for.group(1).lower())
        if model is None and size is not None and not strict:
            context = context_model(s, facts)
            model = _size_named_model(s, facts) or (
                sibling(context, size.group(0).strip()) if context is not None and context.config is not None else None
            )
        if model is None and size is not None:
            # `For the 7B the same formula gives …`, `70b on 15T: …`: a model called by its size alone, its nominal count
            params = float(size.group(1)) * (1e9 if size.group(2).lower() == "b" else 1e6)
            n_text = f"{size.group(0).strip()} (its size name)"
        elif model is None and not strict:
            model = context_model(s, facts) or _model_above(facts.lines_above.get(s.unit.line, ()))
            if model is not None and model.config is None:
                model = None
        if params:
            pass
        elif model is None or model.config is None:
            return None if strict or quiet else _unverifiable(s, f, "FLOPs: the note states no parameter count or model for N")
        else:
            params, n_text = _model_params(model, text, lo, f.start)
    if False:
        pass
    # D
    if per_token_claim and f.value >= 1e4 * k * params:
        # `≈ 2·N FLOP per token, so the whole corpus is about 1.7e19 FLOP`: no token costs ten thousand times 2·N; a
        # total over the tokens the note counts
        per_token_claim, letter = False, "D"
    if per_token_claim:
        value = k * params
        how = f"{why}: {k} × {n_text} = {value:.3g} FLOPs per token"
    else:
        d = _data(s, facts, f, letter, strict=strict, far=same or formula is not None, clause=(lo, hi))
        if d is None:
            return (
                None
                if strict or quiet
                else _unverifiable(
                    s, f, f"FLOPs of {n_text}: the note states no {'sequence length' if letter == 's' else 'token count'}"
                )
            )
        d_value, d_text, d_used = d
        if d_used is not None:
            used.append(d_used)
        if _PER_EPOCH.search(text, s.start, s.end):
            e = _epochs(s.unit.text[max(0, s.start - _BACK) : s.start] + " " + " ".join(above[:1]))
            if "epoch" in d_text and e > 1:
                d_value /= e
                d_text += f" / {e} epochs"
        value = k * params * d_value
        how = f"{why}: {k} × {n_text} × {d_text} = {value:.3g} FLOPs"
    check = compare(replace(f, hedge=True), value)
    claim = make_claim(s.unit, f.start, f.end, "flops", check.verdict, f"{how}; {check.explanation}", stated=f.text, value=value)
    return found(claim, f, *used)


def _data(
    s: Sentence, facts: NoteFacts, f: Quantity, letter: str, *, strict: bool, far: bool, clause: tuple[int, int] | None = None
) -> tuple[float, str, Quantity | None] | None:
    if letter == "s":
        seq = facts.section_context.get(s.unit.line)
        return (seq, f"s = {seq:g}", None) if seq else None
    text = s.unit.masked
    data = [
        q
        for q in s.quantities
        if (q.kind == "tokens" or (q.kind == "count" and q.value >= 1e12 and not is_parameter_count(s, q)))
        and not _PER_TOKEN.match(text, q.end)
        and not _CONTEXT_AFTER.match(text, q.end)
        and not _PER_PARAM_AFTER.match(text, q.end)  # `20 tokens per parameter`: a ratio, not the data
    ]
    toks = [q for q in data if q.end <= f.start] or data  # said before the figure, else after it (`≈ 7.2e23 FLOPs on 15T tokens`)
    values = _distinct([q.value for q in toks])
    if len(values) == 1:
        hi = (clause or (s.start, s.end))[1]
        e = _epochs(s.unit.text[s.start : hi])  # the epochs said in a later figure's clause are its own
        q = toks[0]
        return q.value * e, q.text + (f" × {e} epochs" if e > 1 else ""), q
    if len(values) > 1 or strict:
        return None
    if s.start > 0:
        got = _one_token_count(s.unit.text[max(0, s.start - _BACK) : s.start])
        if got is False:
            return None
        if got:
            assert not isinstance(got, bool)
            return got[0], got[1], None
    if not far:
        return None  # the data of a line above only for a sentence that writes the formula or says `the same`
    for line in facts.lines_above.get(s.unit.line, ())[:3]:
        got = _one_token_count(line)
        if got is False:
            return None
        if got:
            assert not isinstance(got, bool)
            return got[0], got[1] + " (the line above)", None
        chain = _search(_CHAIN, line)
        if chain is not None and float(chain.group("d")) >= 1e9:
            # `6 × 68.98e9 × 2e12 ≈ 8.3e23 FLOPs`: the product's last factor is the data
            return float(chain.group("d")), f"{chain.group('d')} tokens (the line above)", None
        if line_names(_FLOP_WORD, line):
            return None  # a line of FLOPs whose tokens are no count here (`6 × 68.98e9 × 2e12`): what is above is not its data
    return None


def _model_params(model: ModelMention, text: str, a: int, b: int) -> tuple[float, str]:
    assert model.config is not None
    counted = count_parameters(model.config)
    moe = model.config.is_moe and not _TOTAL.search(text, a, b)
    params = float(counted.active if moe else counted.total)
    return params, f"{model.text} {params / 1e9:.3g}B{' active' if moe else ''}"


@lru_cache(maxsize=64)
def _model_above(lines: tuple[str, ...]) -> ModelMention | None:
    """The one catalogued model the nearest of the few lines above in the section that names any names."""
    for line in lines[:3]:
        named = {m.config.name: m for m in find_mentions(line) if m.config is not None}
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _unverifiable(s: Sentence, f: Quantity, why: str) -> Found:
    claim = make_claim(s.unit, f.start, f.end, "flops", Verdict.UNVERIFIABLE, why, stated=f.text)
    return Found(claim, ((f.start, f.end),))


def _pf_days(s: Sentence) -> Found | None:
    """`1 petaFLOP/s-day = 8.64e19 FLOPs`, `3.14e23 FLOPs = 3.6 thousand petaflop/s-days`: the figure said second
    restates the first (a petaFLOP/s-day is 10^15 FLOP/s for 86,400 s)."""
    text = s.unit.text
    pf: Quantity | None = None
    for q in s.quantities:
        if _PF_DAY.match(text, q.end) and q.kind in ("number", "count"):
            pf = q
            break
    one = None
    if pf is None:
        one = _ONE_PF_DAY.search(text, s.start, s.end)
        if one is None:
            return None
    counts = [q for q in s.quantities if _is_flop_count(s.unit.masked, q) and q.kind == "flops"]
    if len(counts) != 1:
        return None
    fl = counts[0]
    if one is not None:
        if fl.start < one.end():
            return None
        check = compare(replace(fl, hedge=True), PF_DAY)
        claim = make_claim(
            s.unit,
            fl.start,
            fl.end,
            "flops",
            check.verdict,
            f"1 petaFLOP/s-day = 10^15 FLOP/s × 86,400 s = 8.64e19 FLOPs; {check.explanation}",
            stated=fl.text,
            value=PF_DAY,
        )
        return found(claim, fl)
    assert pf is not None
    if fl.start > pf.start:
        value = pf.value * PF_DAY
        check = compare(replace(fl, hedge=True), value)
        how = f"{pf.text} petaFLOP/s-days × 8.64e19 = {value:.3g} FLOPs"
        target = fl
    else:
        value = fl.value / PF_DAY
        check = compare(replace(pf, hedge=True), value)
        how = f"{fl.text} / 8.64e19 FLOPs per petaFLOP/s-day = {value:.4g} petaFLOP/s-days"
        target = pf
    claim = make_claim(
        s.unit, target.start, target.end, "flops", check.verdict, f"{how}; {check.explanation}", stated=target.text, value=value
    )
    return found(claim, fl, pf)
