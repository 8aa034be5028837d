"""Shares of a parameter count: `10.1M trainable parameters, 0.13 % of the model`, `1,1 млрд — 7 %
от 14,8 млрд`, `Mixtral-8x22B activates 28 % of its weights`.

The part is a parameter count stated before the percent in its sentence; the whole is a count
stated after `of`/`от`/`всего`/`total`, else the model the sentence or its section names (its
exact count from the catalogue). An active share with no part stated is the model's active count
over its total. Anything else is left to the other shapes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vaultkit.claims.catalog import ModelMention
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.shapes.base import TENSOR_PARALLEL, Found, NoteFacts, Sentence, line_start, make_claim, starting_in
from vaultkit.claims.shapes.sized import context_model
from vaultkit.claims.verdict import compare

# what follows the percent: `of`/`от`/`из` a whole, or `модели`/`of the model` directly
_OF = re.compile(r"(?i)\s*(?:(?P<of>of|от|из)\b\s*(?:the\s+|its\s+|all\s+|всей\s+|всех\s+)?(?P<what>[\w-]*)|(?P<ru>модели)\b)")
_WHOLE_WORDS = re.compile(r"(?i)^(?:model|base|модели|parameters?|params?|weights?|параметров|весов|total|всего|всех|all)$")
_TOTAL = re.compile(r"(?i)\b(?:всего|total|in total|итого)\b")
_PARAM_WORDS = re.compile(r"(?i)param|параметр|trainable|обучаем|weights?\b|весов|embedding|эмбеддинг|lm_head")
# a share of an MoE model's weights used for each token (`active`, `touched per token`, `задействовано на токен`)
_ACTIVE = re.compile(r"(?i)\bactiv\w*|активн\w*|\btouched\b|\bused\s+(?:per|for\s+each)\s+token|задейств\w*")
_GROUPED = re.compile(r"\d[,\u00a0\u202f ]\d{3}(?:[,\u00a0\u202f ]\d{3})+$")


def _is_count(q: Quantity) -> bool:
    return q.hi is None and (q.kind == "count" or (q.kind == "number" and q.value >= 1e4 and bool(_GROUPED.search(q.text))))


def _part(s: Sentence, q: Quantity) -> Quantity | None:
    """The parameter count the share is of: the last one before the percent in its sentence (a
    chain's result too: `… = 10,092,544 trainable parameters, 0.13 % of the model`)."""
    text = s.unit.masked
    before = [c for c in find_quantities(text[s.start : q.start]) if _is_count(c)]
    if not before or not _PARAM_WORDS.search(text, s.start, q.start):
        return None
    c = before[-1]
    return replace(c, start=c.start + s.start, end=c.end + s.start)


def _model(s: Sentence, q: Quantity, facts: NoteFacts, after: int) -> ModelMention | None:
    named = [m for m in s.models if m.config is not None and q.end <= m.start <= after + 2]
    if named:
        return named[0]
    before = [m for m in s.models if m.config is not None and m.end <= q.start]
    if before:
        return before[-1]
    m = context_model(s, facts)
    return m if m is not None and m.config is not None else None


def shares(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A percent said to be a share of a parameter count, checked as part / whole."""
    text = s.unit.masked
    out: list[Found] = []
    for q in s.quantities:
        if q.kind != "percent" or q.hi is not None:
            continue
        m = _OF.match(text, q.end, min(s.end, q.end + 40))
        clause_end = min([i for i in (text.find(c, q.end, s.end) for c in ",;") if i >= 0] or [s.end])
        active_words = _ACTIVE.search(text, max(s.start, q.start - 80), min(s.end, q.end + 40))
        if m is None and not active_words:
            continue
        part = _part(s, q)
        # the whole: a count after the percent (`от 14,8 млрд`, `(всего 14,8 млрд)`, `of 14.8B total`)
        after = [c for c in s.quantities if c.start >= q.end and _is_count(c)]
        whole_q = None
        if after and (
            (m is not None and m.group("of") and after[0].start - m.end("of") < 6)
            or _TOTAL.search(text, max(q.end, after[0].start - 12), after[0].start)
            or _TOTAL.search(text, after[0].end, min(s.end, after[0].end + 10))
        ):
            whole_q = after[0]
        whole: float | None = whole_q.value if whole_q is not None else None
        how_whole = whole_q.text if whole_q is not None else ""
        if whole is None:
            if m is not None and m.group("of"):
                said_of = [x for x in s.models if x.start == m.start("what")]
                if not (_WHOLE_WORDS.match(m.group("what") or "") or said_of):
                    continue  # `of the attention weights`, `of peak`: some other whole
            elif m is None and part is not None:
                continue
            model = _model(s, q, facts, m.end() if m is not None else q.end)
            if model is None or model.config is None:
                continue
            if part is not None and m is not None and m.group("of"):
                said = [x for x in s.models if x.end <= part.start]
                if said and said[-1].config is not model.config:
                    continue  # `1.09B of 7.62B for A, 5 % of B`: the part is another model's
            counts = count_parameters(model.config)
            whole, how_whole = float(counts.total), f"{model.text} {counts.total:,}"
            if part is None:
                if not (active_words and model.config.is_moe):
                    continue
                value = counts.active / counts.total
                how = f"{model.text}: {counts.active:,} active / {counts.total:,} = {value:.4%}"
                check = compare(q, value)
                claim = make_claim(
                    s.unit, q.start, q.end, "param-share", check.verdict, f"{how}; {check.explanation}", stated=q.text
                )
                out.append(Found(claim, ((q.start, q.end),)))
                continue
        if part is None or whole <= 0 or part.value >= whole or q.end > clause_end + 60:
            continue
        value = part.value / whole
        check = compare(q, value)
        how = f"{part.text} / {how_whole} = {value:.4%}"
        claim = make_claim(s.unit, q.start, q.end, "param-share", check.verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# A size said per device (`40.8 GB each`, `136 ГБ на карту`), the devices counted before it
# (`over 8 GPUs`, `на 8 H100`, `split over two cards`) and the total stated before them on the line:
# the size is the total over the devices.
_PER_DEVICE = re.compile(
    r"(?i)\s*(?:each\b|apiece\b|per\s+(?:GPU|card|device|rank|node)\b|на\s+(?:карту|каждую|GPU|видеокарту|устройство|узел)(?![\w-]))"
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "eight": 8, "sixteen": 16,
    "два": 2, "две": 2, "двух": 2, "двe": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
    "восемь": 8, "восьми": 8,
}  # fmt: skip
_DEVICES = re.compile(
    r"(?i)\b(?:over|across|on|onto|between|into|among|на|по|между)\s+(?P<n>\d{1,4}|"
    + "|".join(_NUMBER_WORDS)
    + r")\s*(?:×\s*)?(?:[A-Z][\w-]*\s+)?"
    + r"(?P<dev>GPUs?|cards?|devices?|ranks?|nodes?|[AH]100s?|H200s?|карт\w*|видеокарт\w*|GPU|устройств\w*|узл\w*)(?![\w-])"
)
# after the per-device size: something added to the share (`40 GB each with activations`)
_ADDED = re.compile(r"(?i)\s*(?:with\b|plus\b|incl\w*|\+|с\s+учётом|с\s+учетом|включая|плюс)")


_REACH = 300


def _tensor_parallels(text: str) -> list[re.Match[str]]:
    return list(TENSOR_PARALLEL.finditer(text))


def _per_size(text: str, q: Quantity) -> bool:
    return bool(re.match(r"(?i)\s*(?:/\s*|per\s+|на\s+)(?:param|token|layer|параметр|токен|сло)", text[q.end : q.end + 20]))


def device_splits(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`544 GB; ZeRO-3 over 8 H100s gives 136 GB per card` (wrong: 68 GB): a size per device is the
    total stated before it on the line divided by the devices counted between them. A share equal
    to the total (each device holds all of it) or with something added is no split: not judged."""
    text = s.unit.masked
    out: list[Found] = []
    for r in s.quantities:
        if r.kind != "bytes" or r.hi is not None or r.scale < 1e3 or not _PER_DEVICE.match(text, r.end):
            continue
        if _ADDED.match(text, _PER_DEVICE.match(text, r.end).end()):  # type: ignore[union-attr]
            continue
        begin = line_start(text, s.start)
        near = max(begin, r.start - _REACH)  # the devices and the total are read near the figure: linear over a long line
        raw = s.unit.text  # device names with digits (`H100`) are masked in `text`
        devices = list(_DEVICES.finditer(raw, near, r.start))
        if devices:
            d = devices[-1]
            n_text, upto = (
                d.group("n").lower(),
                r.start,
            )  # the total before or after the devices (`на 8 GPU: 320 ГиБ всего, по …`)
            n = float(_NUMBER_WORDS.get(n_text) or n_text)
        else:
            # the degree of tensor parallelism stated on the line (`35.3 GB per GPU under TP 4`), else the note's one
            tp = starting_in(_tensor_parallels, begin, len(raw), raw)
            if len(tp) > 1:
                continue
            n, upto = float(tp[0].group("n") or tp[0].group("m")) if tp else float(facts.tensor_parallel), r.start
        totals = [
            t
            for t in find_quantities(text[near:upto])
            if t.kind == "bytes" and t.hi is None and t.scale >= 1e3 and not _per_size(text[near:], t)
        ]
        if n < 2 or not totals:
            continue
        t = totals[-1]
        if t.value <= r.value or compare(r, t.value).verdict.holds:
            continue
        if _PER_DEVICE.match(text, near + t.end):
            # `over 4 GPUs 54 GB per GPU, over 8 GPUs 6.7 GB per GPU`: a share before is no total to split
            why = f"{r.text}: a share per device after another share ({t.text}); the total is not stated here"
            claim = make_claim(s.unit, r.start, r.end, "device-split", Verdict.UNVERIFIABLE, why, stated=r.text)
            out.append(Found(claim, ((r.start, r.end),)))
            continue
        check = compare(r, t.value / n)
        claim = make_claim(
            s.unit,
            r.start,
            r.end,
            "device-split",
            check.verdict,
            f"{t.text} / {n:g} devices = {t.value / n / r.scale:,.4g} {r.unit}; {check.explanation}",
            stated=r.text,
        )
        out.append(Found(claim, ((r.start, r.end),)))
    return out
