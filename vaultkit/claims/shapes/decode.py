"""Decode ceilings read clause by clause: memory-bound decoding reads the weights once per token, so one
stream's rate is at most bandwidth / bytes read per token (a mixture of experts reads its active
parameters). This shape runs before `sized` and takes the rates it can tie to their own inputs:

- a sentence of several ceilings, each after its own dtype or model (`on a 4090 (1008 GB/s) the ceiling
  in bf16 is ≈ 55 tok/s, and in int4 about 440 tok/s`; `Qwen2.5-3B in 4 bits — about 86 tok/s;
  Llama-3.2-3B in bf16 — about 47 tok/s`): each rate reads the dtype and model of its own clause;
- a rate whose clause states the weight size an earlier shape already judged (`Llama-3-8B in int4
  (4 GB): about 1700 tok/s`).

The bandwidth is the sentence's one stated figure, else the published one of the one device it names
(only when the name leaves no variant open), else the one its section states. A rate above the
bound is wrong; an estimate of the bound (ceiling words) less than half of it is wrong; below the
bound otherwise it holds as a bound. Rates summed over streams, over several devices, measured or
targeted are left to `sized`; any input missing leaves the rate to it as well.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from vaultkit.claims.catalog import GpuMention, ModelMention, find_gpus, find_mentions
from vaultkit.claims.dtypes import DtypeMention
from vaultkit.claims.engine import count_parameters, gguf_bytes
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, in_range, make_claim
from vaultkit.claims.shapes.context_sizes import near_hardware
from vaultkit.claims.shapes.sized import (
    NOT_WEIGHTS_WORDS,
    bracketed_quotient,
    context_model,
    device_after,
    reads_per_token,
    size_name_starts,
)
from vaultkit.claims.shapes.times import own_rates
from vaultkit.claims.verdict import compare

# a rate summed over streams, or of a phase other than one stream's decoding (several devices are `_SPLIT`)
_SUMMED = guarded(
    r"(?i)\bbatch\w*|\baggregate\b|\bconcurren\w*|\busers\b|\brequests\b|\bspeculat\w*|\bdraft\w*|\btotal\b|\bsum\b"
    r"|\bprefill\w*|\bprompt\w*|\bserv(?:es|ed|ing)\b|\bnode\w*|\bcluster\w*|\bpipeline\w*|\bexpert[\s-]+parallel\w*"
    r"|батч\w*|пакет\w*|одновременн\w*|суммарн\w*|агрегат\w*|спекулятив\w*|черновик\w*|запрос\w*|префилл\w*|промпт\w*"
    r"|узл\w*|узел|кластер\w*|конвейер\w*"
)
# the tensor-parallel degree a sentence states (`TP=8`, `tensor parallel 4`, `тензорный параллелизм 2`)
_TP = guarded(
    r"(?i)\bTP\s*[=:]?\s*(?P<n>[1-9]\d?)\b|\btensor[\s-]+parallel\w*\s*(?:of|=|:|degree)?\s*(?P<m>[1-9]\d?)\b"
    r"|тензорн\w*\s+параллел\w*\s*(?:=|:|степени)?\s*(?P<r>[1-9]\d?)(?!\w)"
)
# a bandwidth said per device: `3.35 TB/s per GPU`, `(… на карту)`, or `8 × 3.35 TB/s`
_PER_DEVICE_AFTER = guarded(
    r"(?i)\s*(?:per|each|every|/|на)\s*(?:one\s+|каждую\s+|одну\s+)?(?:GPU|card|device|accelerator|карт\w*|GPU|ускорител\w*)"
)
_TIMES_BEFORE = guarded(r"(?:\d{1,3})\s*[×x]\s*$")
# a rate said to be one stream's decoding (or its bound): what a device's published bandwidth limits
_ONE_DECODE = guarded(
    r"(?i)\bdecod\w*|\bgenerat\w*|\bbatch[\s-]*(?:size\s*)?(?:of\s+|=\s*)?1\b|\bsingle[\s-]+(?:stream|user|request)|\bone\s+stream"
    r"|\bper\s+stream|\bat\s+most\b|\bbound\w*|\bceiling\b|\bupper\s+limit|\bmax(?:imum)?\b|\btops?\s+out|\bcapped\b|\blimited\s+to\b"
    r"|декод\w*|генер\w*|на\s+(?:один\s+)?поток|не\s+более|потол\w*|предел\w*|максимум\w*|упира\w*|ограничен\w*"
    r"|не\s+(?:больше|выше|быстрее)|выда(?:[её]т|ст|ют|дут|вал\w*)"  # `выдаст не больше 2,3 ток/с`: one stream's rate
)
_SHARED = guarded(
    r"(?i)\bbatch\w*|\baggregate\b|\bconcurren\w*|\bparallel\w*|\busers\b|\brequests\b|\bspeculat\w*|\bdraft\w*|\btotal\b"
    r"|\bprefill\w*|\bprompt\w*|\bserv(?:es|ed|ing)\b|\bnode\w*|\bcluster\w*|\bTP\s*=?\s*\d|\b\d+\s*[×x]\s*(?:GPU|H100|A100|H200|RTX|card)"
    r"|\b(?:two|three|four|eight|\d+)\s+(?:GPUs|cards|devices)\b|\beach\b|\bacross\b"
    r"|батч\w*|пакет\w*|одновременн\w*|параллел\w*|суммарн\w*|агрегат\w*|спекулятив\w*|черновик\w*|запрос\w*|префилл\w*|промпт\w*"
    r"|узл\w*|узел|кластер\w*|кажд\w*|(?<!\w)(?:двух|двумя|трёх|трех|четырёх|четырех|восьми)\s+(?:\S+\s+)?(?:RTX|GPU|[ABHL]\d|\d{4}|карт|видеокарт|ускорител)"
    r"|\b(?:two|three|four|eight|\d{1,2})\s+(?:\S+\s+)?(?:RTX\s*\d{4}s?|GPUs|[ABHL]\d{2,3}s|\d{4}s|cards|devices)\b"
)
# a rate measured or aimed at, not the bound
_MEASURED_OR_TARGET = guarded(
    r"(?i)\bmeasured\b|\bobserved\b|\bin\s+practice\b|\bwe\s+(?:get|got|see|saw)\b|\bbenchmark\w*|\breal(?:istic|ly)?\b"
    r"|\btarget\w*|\bgoal\b|\bneed\w*|\brequire\w*|\bto\s+(?:hit|reach|get|achieve|sustain)\b"
    r"|на\s+практике|реально|замер\w*|намерил\w*|измерил\w*|по\s+факту|цел[ьи]\w*|нужн\w*|требу\w*|чтобы"
)
# a rate said as what the memory bound gives
_ESTIMATE = guarded(
    r"(?i)\bceiling\b|\bcapped\b|\bbound\w*|\bupper\s+limit\b|\bat\s+most\b|\btops?\s+out\b|\btheoretical\w*|\bmax(?:imum)?\b"
    r"|\bwould\b|\bshould\b|\blimited\s+to\b|ограничен\w*|потол\w*|теоретическ\w*|не\s+более|максимум\w*|предел\w*|упира\w*|должн\w*"
    r"|не\s+(?:больше|выше|быстрее)"
)
# a size per something (`2 bytes per weight`, `320 KiB/token`): not the weights read
_PER_AFTER = guarded(r"(?i)\s*(?:/\s*[^\W\d_]|per\b|each\b|на\s+(?:параметр|вес|токен|элемент|слой)|каждый\b)")


# the words between a rate and the dtype or model it is of (`63 tok/s in bf16`, `440 токенов/с для Llama-3-8B`)
_OF_RATE = guarded(r"(?i)\s*(?:in|at|with|for|of|from|using|on|в|во|при|с|для|у|на|от)\s+(?:the\s+)?")


@lru_cache(maxsize=64)
def _figures(text: str) -> tuple[Quantity, ...]:
    return tuple(find_quantities(text))


def _in(text: str, a: int, b: int) -> list[Quantity]:
    return [q for q in _figures(text) if a <= q.start < b]


def _bandwidth(s: Sentence, figures: list[Quantity], facts: NoteFacts) -> tuple[float, str, bool] | None:
    """The one bandwidth of the sentence: stated (one value), else the one device it names with one published
    figure, else its section's; with whether it is only a bound (the fastest of several the front matter states: a rate
    above it is wrong, no ceiling estimate is judged against it). Two different ones, or a device whose variant is
    open: none."""
    stated = {round(q.value, -6): q for q in figures if q.kind == "bandwidth" and q.hi_printed is None}
    if len(stated) > 1:
        return None
    if stated:
        q = next(iter(stated.values()))
        return q.value, q.text, False
    if any(q.kind in ("bandwidth", "bitrate") for q in figures):
        return None
    gpus = {g.name: g for g in find_gpus(s.unit.text[s.start : s.end])}
    if len(gpus) > 1:
        return None
    if gpus:
        g = next(iter(gpus.values()))
        if len(g.bandwidths) != 1:
            return None
        if _ONE_DECODE.search(s.unit.text, s.start, s.end) or reads_per_token(s):
            return (*_published(g), False)
        # a published bandwidth bounds one decoding stream: with no word saying that is what the rate is, only the
        # note's own figure for the device (its section's) is read
        section = facts.bandwidth.get(s.unit.line)
        if section is None or section.bound or abs(section.value - g.bandwidths[0]) > 0.03 * g.bandwidths[0]:
            return None
        return section.value, f"{section.text} (stated above)", False
    earlier = _earlier_bandwidth(s)
    if earlier is not None:  # `huge tier (4090, 1008 GB/s): … 205 tok/s; Phi-4 Q4_K_M 112 tok/s`: the line's own figure
        return earlier.value, earlier.text, False
    section = facts.bandwidth.get(s.unit.line)
    return (section.value, f"{section.text} (stated above)", bool(section.bound)) if section is not None else None


def _earlier_bandwidth(s: Sentence) -> Quantity | None:
    """The one bandwidth an earlier sentence of the line states (a list item's `(4090, 1008 GB/s):` before its rates),
    when no device is named between it and the sentence (a sentence naming one reads that device's). Read from the
    line's bandwidths and cards found once per line, by bisection: linear over a line of many sentences."""
    if s.start == 0:
        return None
    ends, distinct, first = _line_bandwidths(s.unit.text)
    k = bisect_right(ends, s.start)
    if k == 0 or distinct[k - 1] != 1 or first is None:
        return None
    q = first
    cards = _card_starts(s.unit.text)
    j = bisect_left(cards, q.end)
    return None if j < len(cards) and cards[j] < s.start else q


@lru_cache(maxsize=64)
def _line_bandwidths(text: str) -> tuple[list[int], list[int], Quantity | None]:
    """The line's single bandwidth figures in order: where each ends and how many distinct values there are up to it;
    and the first of them (the one figure where there is one value)."""
    ends: list[int] = []
    distinct: list[int] = []
    first: Quantity | None = None
    seen: set[float] = set()
    for q in _figures(text):
        if q.kind != "bandwidth" or q.hi_printed is not None:
            continue
        seen.add(round(q.value, -6))
        ends.append(q.end)
        distinct.append(len(seen))
        first = first or q
    return ends, distinct, first


@lru_cache(maxsize=64)
def _card_starts(text: str) -> list[int]:
    return [g.start for g in find_gpus(text)]


def _published(g: GpuMention) -> tuple[float, str]:
    """A device's one published bandwidth, and how the message shows it."""
    return g.bandwidths[0], f"{g.name} {g.bandwidths[0] / 1e9:,.0f} GB/s (published)"


@lru_cache(maxsize=16)
def _starts(figures: tuple[Quantity, ...]) -> list[int]:
    return [q.start for q in figures]


def _size_in(s: Sentence, figures: list[Quantity], a: int, b: int) -> Quantity | bool | None:
    """The one weight size stated in [a, b) (False when there are several); the figures are in order, found by bisection."""
    text = s.unit.masked
    starts = _starts(tuple(figures))
    sizes = [
        q
        for q in figures[bisect_left(starts, a) : bisect_left(starts, b)]
        if a <= q.start < b
        and q.kind == "bytes"
        and q.hi_printed is None
        and q.value >= 1e8
        and not _PER_AFTER.match(text, q.end)
        and not near_hardware(s.unit.text, q)
        and not NOT_WEIGHTS_WORDS.search(text, max(s.start, q.start - 24), min(s.end, q.end + 16))
    ]
    values = {round(q.value, -6) for q in sizes}
    if len(values) > 1:
        return False
    return sizes[-1] if sizes else None


def _model_bytes(m: ModelMention, d: DtypeMention, where: str = "") -> tuple[float, str] | None:
    """The bytes model `m` reads per token in dtype `d` (active parameters of a mixture of experts)."""
    if m.config is None:
        return None
    counted = count_parameters(m.config)
    if d.gguf:
        if m.config.is_moe:
            return None  # a GGUF mix of a mixture: the routed experts' share is not modelled
        try:
            size = gguf_bytes(m.config, d.name)
        except KeyError:
            return None
        return size, f"{m.text}{where} as {d.name.upper()} ({size / 1e9:.2f} GB)"
    if m.config.is_moe and counted.active < counted.total:
        active = float(counted.read_per_token)
        return active * d.bytes, f"{m.text}{where} {active / 1e9:.2f}B active × {d.bytes:g} B ({d.name})"
    total = float(counted.total)
    return total * d.bytes, f"{m.text}{where} {total / 1e9:.2f}B × {d.bytes:g} B ({d.name})"


def decode_ceilings(s: Sentence, facts: NoteFacts) -> list[Found]:
    rates = [q for q in s.quantities if q.kind == "throughput" and q.hi_printed is None and q.value > 0]
    if not rates or s.unit.source == "table":
        return []  # (a table row's cells are read by their column headers, in `sized`: a card's memory is no weights)
    text = s.unit.masked
    raw = s.unit.text
    if _MEASURED_OR_TARGET.search(raw, s.start, s.end):
        return []
    if any(bracketed_quotient(s, t) for t in rates):
        return []  # `110.6 tok/s for fp8 is right (3900 ÷ 35.3)`: the rate's own working, judged by `sized`
    if _SHARED.search(raw, s.start, s.end):
        return _tensor_parallel(s, rates, facts)
    figures = _in(text, s.start, s.end)
    all_rates = [q for q in figures if q.kind == "throughput"]
    if len(all_rates) != len(rates):
        return []  # a rate an earlier shape read: the sentence is another computation
    given = _bandwidth(s, figures, facts)
    bw, bounded = ((given[0], given[1]), given[2]) if given is not None else (None, False)
    # two bandwidths, each said with its own rate (`9.6 tok/s on 76.8 GB/s, 38 tok/s on 307 GB/s`, `при 89,6 ГБ/с —
    # 12 ток/с, при 179,2 ГБ/с — 24 ток/с`): each rate reads its own, never the other pair's
    own_bw: dict[int, Quantity | None] = {}
    if bw is None:
        own_bw = _own_bandwidths(s, figures, all_rates)
        if not own_bw:
            return []
    # (a section headed `Decode ceilings` states the bound in each rate: an estimate of it)
    estimate = (_ESTIMATE.search(raw, s.start, s.end) is not None or s.unit.line in facts.ceiling_section) and not bounded
    models = [m for m in find_mentions(raw[s.start : s.end]) if m.config is not None]
    models = [replace(m, start=m.start + s.start, end=m.end + s.start) for m in models]
    # a dtype or model said right after a rate (`≈ 63 tok/s in bf16 and ~250 in int4`) is that rate's: then the
    # clauses before the rates are not theirs, and each rate reads the dtype after it with the sentence's one model
    after = {t.start: _said_after(raw, t, s.dtypes) for t in all_rates}
    models_after = [_said_after(raw, t, models) for t in all_rates]
    if any(models_after):
        # `~40 tok/s from the 70B in bf16 and ~50 tok/s from Mixtral in bf16`: each rate's model is the one after it
        # (`own_bw` is only read where the sentence states no one bandwidth: with `bw` it is empty)
        if len(rates) >= 2 and all(models_after) and bw is not None and bw[0] > 0:
            return _models_after(s, rates, models_after, figures, bw, estimate)
        return []
    if any(after.values()) and (not all(after.values()) or len({m.text for m in models}) > 1):
        return []
    free = {q.start for q in s.quantities}
    model_starts = [m.start for m in models]
    seen: set[str] = set()
    distinct_before = [0]  # the number of different models named before each one (one pass)
    for m in models:
        seen.add(m.text)
        distinct_before.append(len(seen))
    out: list[Found] = []
    previous = s.start
    shared: tuple[float, str] | None = None  # the weights the rate before read: the next one's when it says none
    for t in rates:
        prev, shared = shared, None
        a, b = previous, t.start
        previous = t.end
        read: tuple[float, str] | None = None
        how = ""
        loose = False
        rate_bw = bw
        if own_bw:
            said = own_bw.get(t.start)
            if said is None:
                why = f"{t.text}: the sentence states two bandwidths, and which one the rate is of is not said"
                claim = make_claim(s.unit, t.start, t.end, "throughput", Verdict.UNVERIFIABLE, why, stated=t.text)
                out.append(Found(claim, ((t.start, t.end),)))
                continue
            rate_bw = (said.value, said.text)
        if rate_bw is None:
            continue
        on = device_after(s, t)  # `… ≈ 102 tok/s on H100 (3.35 TB/s ÷ 32.8 GB), ≈ 26 tok/s on L40S`: the rate's own device
        if on is not None and not any(abs(rate_bw[0] - v) <= 0.03 * v for v in on.bandwidths):
            if len(on.bandwidths) != 1:
                continue  # (a name that leaves the variant open: `sized` reads it)
            rate_bw = _published(on)
        size = _size_in(s, figures, a, b)
        if size is False:
            continue
        if own_bw and size is None and prev is not None and not _names_weights(s, models, a, b):
            shared = prev  # (`in int8 9.6 tok/s on 76.8 GB/s and 38 tok/s on 307 GB/s`: the same weights)
            out.append(_judge(s, t, rate_bw, prev, estimate))
            continue
        dtype_after = after[t.start]
        if isinstance(dtype_after, DtypeMention):
            named = models[-1] if models else context_model(s, facts)
            read = _model_bytes(named, dtype_after, "" if models else " (named above)") if named is not None else None
            if read is not None and read[0] > 0:
                shared = read
                out.append(_judge(s, t, rate_bw, read, estimate))
            continue
        if isinstance(size, Quantity):
            if len(rates) == 1 and size.start in free:
                continue  # one rate with a free size: `sized` reads it
            read = (size.value, size.text)
        elif len(rates) >= 2 or _single_decode(s, figures, t, models):
            dtypes = in_range(s.dtypes, a, b)
            own = models[bisect_left(model_starts, a) : bisect_left(model_starts, b)]
            if len({d.name for d in dtypes}) != 1 or len({m.text for m in own}) > 1:
                continue
            dtype = dtypes[-1]
            model: ModelMention | None = own[-1] if own else None
            if model is None and not models:
                model = context_model(s, facts)  # the one model the note is about here (named above)
                how = " (named above)"
            elif model is None:
                k = bisect_left(model_starts, a)
                if distinct_before[k] != 1 or bisect_left(model_starts, b) < len(models):
                    continue  # the clause's model is not said (or another is named after it)
                model = models[k - 1]
            if model is None:
                continue
            read = _model_bytes(model, dtype, how)
            # a GGUF mix of a model named elsewhere, one rate: its mix may differ (release, `--pure`): wrong only off by 2×
            loose = dtype.gguf and bool(how) and len(rates) == 1
        if read is None or read[0] <= 0:
            continue
        shared = read
        out.append(_judge(s, t, rate_bw, read, estimate, wrong_above=1.9 if loose else 1.5))
    return out


def _models_after(
    s: Sentence,
    rates: list[Quantity],
    models: list[object | None],
    figures: list[Quantity],
    bw: tuple[float, str],
    estimate: bool,
) -> list[Found]:
    """Each rate read with the model said right after it and the one type said in its own part (up to the next rate),
    else the one type said before the first rate; nothing where a part names no type or two, states a size, or
    names a device of its own."""
    if any(q.kind not in ("throughput", "bandwidth") for q in figures):
        return []
    starts = [t.start for t in rates] + [s.end]
    before = {d.name: d for d in in_range(s.dtypes, s.start, rates[0].start)}
    out: list[Found] = []
    for i, (t, m) in enumerate(zip(rates, models, strict=True)):
        if not isinstance(m, ModelMention) or device_after(s, t) is not None:
            return []
        own = {d.name: d for d in in_range(s.dtypes, t.end, starts[i + 1])}
        dtypes = own or before
        if len(dtypes) != 1:
            return []
        read = _model_bytes(m, next(iter(dtypes.values())))
        if read is None or read[0] <= 0:
            return []
        out.append(_judge(s, t, bw, read, estimate))
    return out


def _own_bandwidths(s: Sentence, figures: list[Quantity], rates: list[Quantity]) -> dict[int, Quantity | None]:
    """Each rate's own bandwidth (by its start; `own_rates`) in a sentence stating two different ones and no range;
    empty where no rate has one."""
    stated = [q for q in figures if q.kind == "bandwidth"]
    if any(q.hi_printed is not None for q in stated) or len({round(q.value, -6) for q in stated}) < 2:
        return {}
    own, _ = own_rates(s.unit.masked, s.start, rates, stated)
    return own if any(own.values()) else {}  # (`8 × 4,8 ТБ/с = 38,4 ТБ/с на 37 ГБ, около 1040 ток/с`: a product's, not pairs)


def _names_weights(s: Sentence, models: list[ModelMention], a: int, b: int) -> bool:
    """A dtype or a model said in [a, b): the clause names weights of its own."""
    return bool(in_range(s.dtypes, a, b)) or any(a <= m.start < b for m in models)


def _said_after(raw: str, t: Quantity, items: tuple[DtypeMention, ...] | list[ModelMention]) -> object | None:
    """The dtype or model said right after rate `t` (`63 tok/s in bf16`)."""
    for x in items:
        if t.end <= x.start < t.end + 24 and _OF_RATE.fullmatch(raw, t.end, x.start):
            return x
    return None


def _single_decode(s: Sentence, figures: list[Quantity], t: Quantity, models: list[ModelMention]) -> bool:
    """One rate after one dtype (`Q8_0 on a single 3090: ~140 tok/s`), in a sentence of no other figure than
    its bandwidth, naming at most one model: the model's decoding ceiling in that dtype."""
    if len({d.name for d in s.dtypes if s.start <= d.start < t.start}) != 1 or len({m.text for m in models}) > 1:
        return False
    gpus = [(g.start + s.start, g.end + s.start) for g in find_gpus(s.unit.text[s.start : s.end])]
    names = size_name_starts(s)  # (`the 1B Q8_0 ceiling at 102.4 GB/s`: the model called by its size)
    return all(
        q is t or q.kind in ("bandwidth", "throughput") or q.start in names or any(a <= q.start < b for a, b in gpus)
        for q in figures
    )


def _judge(
    s: Sentence, t: Quantity, bw: tuple[float, str], read: tuple[float, str], estimate: bool, *, wrong_above: float = 1.5
) -> Found:
    if bw[0] <= 0 or read[0] <= 0:
        why = f"{t.text}: no bound from a bandwidth of {bw[1]} over {read[1]}"
        claim = make_claim(s.unit, t.start, t.end, "throughput", Verdict.UNVERIFIABLE, why, stated=t.text)
        return Found(claim, ((t.start, t.end),))
    bound = bw[0] / read[0]
    how = f"memory-bound decoding reads {read[1]} per token: {bw[1]} / {read[1]} = {bound:,.1f} tok/s at most"
    check = compare(t, bound)
    above = t.value / bound
    if t.value > bound * 1.15 + t.rounding():
        verdict = Verdict.WRONG if above >= wrong_above else Verdict.UNVERIFIABLE
        how += f"; the figure is {above:.2g}× that bound" + ("" if verdict is Verdict.WRONG else ": the inputs may be rounded")
    elif check.verdict.holds:
        verdict = check.verdict
    elif t.value > bound:
        verdict = Verdict.UNVERIFIABLE
        how += "; a little above the bound: the inputs may be rounded"
    elif estimate and t.value * 1.9 < bound and not t.bound:
        verdict = Verdict.WRONG
        how += f"; the figure is an estimate of that bound, {bound / t.value:.2g}× below it"
    else:
        verdict = Verdict.HOLDS_BOUND
    claim = make_claim(
        s.unit, t.start, t.end, "throughput", verdict, f"stated {t.text}; {how}", stated=t.text, recomputed=f"{bound:,.4g}"
    )
    return Found(claim, ((t.start, t.end),))


def _tensor_parallel(s: Sentence, rates: list[Quantity], facts: NoteFacts) -> list[Found]:
    """`On 8×H100 (TP=8, 8 × 3.35 TB/s) it tops out at about 95 tok/s`: one stream over n devices under tensor
    parallelism, each reading 1/n of the weights per token, is bounded by n × bandwidth per device / bytes read.
    Only one rate, one degree, a bandwidth said per device (or one device's published one), the model's bytes
    from its dtype, and no sum over streams; below the bound only an estimate of it far below is wrong."""
    raw, text = s.unit.text, s.unit.masked
    if len(rates) != 1 or _SUMMED.search(raw, s.start, s.end) or not _ESTIMATE.search(raw, s.start, s.end):
        return []
    degrees = {int(next(g for g in m.groups() if g)) for m in _TP.finditer(raw, s.start, s.end)}
    if len(degrees) != 1:
        return []
    n = degrees.pop()
    if n < 2:
        return []
    t = rates[0]
    figures = _in(text, s.start, s.end)
    if any(q.kind == "bytes" for q in figures):
        return []  # a size of its own (a share, the whole): `sized` reads it
    bandwidths = {round(q.value, -6): q for q in figures if q.kind == "bandwidth" and q.hi_printed is None}
    if len(bandwidths) > 1:
        return []
    if bandwidths:
        q = next(iter(bandwidths.values()))
        if not (_PER_DEVICE_AFTER.match(raw, q.end) or _TIMES_BEFORE.search(raw, max(0, q.start - 8), q.start)):
            return []  # the figure may be the devices' sum
        bw: tuple[float, str] = (q.value, q.text)
    else:
        gpus = {g.name: g for g in find_gpus(raw[s.start : s.end])}
        if len(gpus) != 1:
            return []
        g = next(iter(gpus.values()))
        if len(g.bandwidths) != 1:
            return []
        bw = (g.bandwidths[0], f"{g.name} {g.bandwidths[0] / 1e9:,.0f} GB/s (published)")
    dtypes = {d.name: d for d in s.dtypes if s.start <= d.start < s.end}
    models = [m for m in find_mentions(raw[s.start : s.end]) if m.config is not None]
    if len(dtypes) != 1 or len({m.text for m in models}) > 1:
        return []
    model = models[0] if models else context_model(s, facts)
    if model is None:
        return []
    read = _model_bytes(model, next(iter(dtypes.values())), "" if models else " (named above)")
    if read is None or read[0] <= 0:
        return []
    bound = n * bw[0] / read[0]
    how = (
        f"memory-bound decoding over TP={n} reads 1/{n} of {read[1]} per device per token: "
        f"{n} × {bw[1]} / {read[1]} = {bound:,.1f} tok/s at most"
    )
    check = compare(t, bound)
    if t.value > bound * 1.15 + t.rounding():
        verdict = Verdict.WRONG if t.value >= 1.5 * bound else Verdict.UNVERIFIABLE
        how += f"; the figure is {t.value / bound:.2g}× that bound"
    elif check.verdict.holds:
        verdict = check.verdict
    elif t.value * 1.9 < bound and not t.bound:
        verdict = Verdict.WRONG
        how += f"; the figure is an estimate of that bound, {bound / t.value:.2g}× below it"
        if model.config is not None and model.config.is_moe:
            every = float(count_parameters(model.config).total) * read[0] / float(count_parameters(model.config).active)
            if abs(t.value - n * bw[0] / every) <= 0.1 * t.value:
                how += f" (it is {n} × {bw[1]} / all experts' {every / 1e9:.1f} GB: one stream reads only the routed experts)"
    else:
        verdict = Verdict.UNVERIFIABLE
        how += "; below it the rate depends on how the model is split and the devices communicate"
    claim = make_claim(
        s.unit, t.start, t.end, "throughput", verdict, f"stated {t.text}; {how}", stated=t.text, recomputed=f"{bound:,.4g}"
    )
    return [Found(claim, ((t.start, t.end),))]
