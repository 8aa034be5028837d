"""Shares of a parameter count: `10.1M trainable parameters, 0.13 % of the model`, `1,1 млрд — 7 %
от 14,8 млрд`, `Mixtral-8x22B activates 28 % of its weights`.

The part is a parameter count stated before the percent in its sentence; the whole is a count
stated after `of`/`от`/`всего`/`total`, else the model the sentence or its section names (its
exact count from the catalogue). An active share with no part stated is the model's active count
over its total. Anything else is left to the other shapes.
"""

from __future__ import annotations

import re

from vaultkit.claims.catalog import ModelMention
from vaultkit.claims.engine import count_parameters
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import Quantity, find_quantities
from vaultkit.claims.scope import mask
from vaultkit.claims.shapes.base import (
    SEQUENCES_BEFORE,
    TENSOR_PARALLEL,
    Found,
    NoteFacts,
    Sentence,
    last_before,
    line_start,
    make_claim,
    starting_in,
    unspaced,
)
from vaultkit.claims.shapes.counts import subject_model
from vaultkit.claims.shapes.sized import context_model
from vaultkit.claims.verdict import compare

# what follows the percent: `of`/`от`/`из` a whole, or `модели`/`of the model` directly
_OF = guarded(r"(?i)\s*(?:(?P<of>of|от|из)\b\s*(?:the\s+|its\s+|all\s+|всей\s+|всех\s+)?(?P<what>[\w-]*)|(?P<ru>модели)\b)")
_WHOLE_WORDS = guarded(
    r"(?i)^(?:model|base|модели|parameters?|params?|weights?|параметров|весов|total|всего|всех|all|общего|overall|whole|entire)$"
)
_TOTAL = guarded(r"(?i)\b(?:всего|total|in total|итого)\b")
_PARAM_WORDS = guarded(r"(?i)param|параметр|trainable|обучаем|weights?\b|весов|embedding|эмбеддинг|lm_head")
# a share of an MoE model's weights used for each token (`active`, `touched per token`, `задействовано на токен`)
_ACTIVE = guarded(r"(?i)\bactiv\w*|активн\w*|\btouched\b|\bused\s+(?:per|for\s+each)\s+token|задейств\w*")
_GROUPED = guarded(r"\d[,\u00a0\u202f ]\d{3}(?:[,\u00a0\u202f ]\d{3})+$")


def _is_count(q: Quantity) -> bool:
    return q.hi is None and (q.kind == "count" or (q.kind == "number" and q.value >= 1e4 and bool(_GROUPED.search(q.text))))


def _part(s: Sentence, q: Quantity) -> Quantity | None:
    """The parameter count the share is of: the last one before the percent in its sentence (a
    chain's result too: `… = 10,092,544 trainable parameters, 0.13 % of the model`)."""
    text = s.unit.masked
    # the line's figures are read once (a line of thousands of shares stays linear)
    figures = [c for c in starting_in(find_quantities, s.start, q.start, text) if c.end <= q.start]
    before = [c for c in figures if _is_count(c) and not _NOT_PARAMS_AFTER.match(text, c.end)]
    if not before or not _PARAM_WORDS.search(text, s.start, q.start):
        return None
    if any(f.kind == "bytes" and f.start > before[-1].end for f in figures):
        return None  # `at 128K context: 7 GiB of cache vs 15.23 GB of weights, about 49 %`: a share of sizes, not counts
    return before[-1]


# a count of tokens or a context, not of parameters: `128K context`, `32K tokens`, `8K-token`
_NOT_PARAMS_AFTER = guarded(r"(?i)[\s-]*(?:context|ctx|tokens?|контекст\w*|токен\w*)")


# between a whole and its part: `46.7B parameters, of which 12.9B are active`, `46,7 млрд, из них 12,9 млрд`
_OF_WHICH = guarded(r"(?i)\bof\s+(?:which|them|those)\b|\bиз\s+(?:них|которых)\b")
# before a whole the share is said of: `Share of the 8.03B base: 4.2 %`, `доля от 6,74 млрд параметров — 0,3 %`
_SHARE_OF = guarded(r"(?i)\b(?:share|fraction|proportion|доля|долю)\s+(?:of|от|in|в)\s+(?:the\s+|its\s+|all\s+|всех\s+)?$")
_SHARE_GAP = guarded(r"(?i)^[^\d.;!?%]{0,40}$")
_PARTS_AFTER = guarded(r"(?i)\s*(?:[\w-]+\s+){0,1}(?:trainable\s+)?(?:param\w*|параметр\w*|обучаем\w*)")
# a share whose part comes from another line: that figure may itself be off (its own claim), so
# the share is judged wrong only when it misses the part by more than a slip of the part explains
_FAR_OFF = 4.0
_IN_UNIT = guarded(r"(?i)param|параметр")


def _whole_before(s: Sentence, q: Quantity) -> Quantity | None:
    """The whole named before the percent: `Share of the 8.03B base: 4.2 %`."""
    text = s.unit.masked
    for c in reversed([c for c in s.quantities if c.end <= q.start and _is_count(c)]):
        if _SHARE_OF.search(text, max(s.start, c.start - 40), c.start) and _SHARE_GAP.match(text[c.end : q.start]):
            return c
        break
    return None


def _whole_of_which(s: Sentence, part: Quantity) -> Quantity | None:
    """`46,7 млрд параметров, из них на токен активны 12,9 млрд (27,6 %)`: the count before `of which`."""
    text = s.unit.masked
    before = [c for c in s.quantities if c.end <= part.start and _is_count(c)]
    if not before:
        return None
    whole = before[-1]
    return whole if _OF_WHICH.search(text, whole.end, part.start) and whole.value > part.value else None


def _param_parts(text: str) -> list[Quantity]:
    """The parameter counts of a text (a count followed by a parameter word, or in its unit)."""
    masked = mask(text)
    return [c for c in find_quantities(masked) if _is_count(c) and (_PARTS_AFTER.match(masked, c.end) or _IN_UNIT.search(c.unit))]


def _part_above(s: Sentence, facts: NoteFacts) -> Quantity | None:
    """A share stated with no part in its sentence (`That is 0.62 % of the 6.74B base weights.`):
    the part is the parameter count said just before: the last one earlier on the line (the line
    read once), else on the line just above it in the paragraph or ending the paragraph before,
    when that line's counts all restate one figure."""
    text = s.unit.text
    earlier = last_before(_param_parts, s.start, text)
    if earlier is not None and earlier.start >= line_start(text, s.start):
        return earlier
    for where in (facts.lead_in.get(s.unit.line, ""), facts.above.get(s.unit.line, "")):
        counts = _param_parts(where) if where else []
        if not counts:
            continue
        values = {round(c.value, -3) for c in counts}
        return counts[-1] if len(values) == 1 else None
    return None


def _model(s: Sentence, q: Quantity, facts: NoteFacts, after: int) -> ModelMention | None:
    named = [m for m in s.models if m.config is not None and q.end <= m.start <= after + 2]
    if named:
        return named[0]
    before = [m for m in s.models if m.config is not None and m.end <= q.start]
    if before:
        return before[-1]
    m = subject_model(s, facts)
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
        whole_before = _whole_before(s, q) if m is None else None
        of_which = m is None and _OF_WHICH.search(text, s.start, q.start) is not None
        if m is None and not active_words and whole_before is None and not of_which:
            continue
        part = _part(s, q)
        if part is not None and whole_before is not None and part.start == whole_before.start:
            part = None  # `Share of the 8.03B base: 4.2 %`: the count before is the whole
        # the whole: a count after the percent (`от 14,8 млрд`, `(всего 14,8 млрд)`, `of 14.8B total`)
        after = [c for c in s.quantities if c.start >= q.end and _is_count(c)]
        whole_q = None
        if after and (
            (m is not None and m.group("of") and after[0].start - m.end("of") < 6)
            or _TOTAL.search(text, max(q.end, after[0].start - 12), after[0].start)
            or _TOTAL.search(text, after[0].end, min(s.end, after[0].end + 10))
        ):
            whole_q = after[0]
        if whole_q is None and whole_before is not None:
            whole_q = whole_before
        if whole_q is None and m is None and part is not None:
            whole_q = _whole_of_which(s, part)
        whole: float | None = whole_q.value if whole_q is not None else None
        from_note = False  # the model is the one the whole note names (no nearer one): a share that misses it is no error
        how_whole = whole_q.text if whole_q is not None else ""
        far = False
        if part is None and whole_q is not None:
            part, far = _part_above(s, facts), True
        if whole is None:
            if m is not None and m.group("of"):
                # the model named right after `of` (masked in the text the pattern reads: its spaces are skipped)
                said_of = [x for x in s.models if m.end("of") <= x.start <= m.start("what")]
                if not (_WHOLE_WORDS.match(m.group("what") or "") or said_of):
                    continue  # `of the attention weights`, `of peak`: some other whole
            elif m is None and part is not None:
                continue
            model = _model(s, q, facts, m.end() if m is not None else q.end)
            if model is None and not s.models and part is not None:
                model, from_note = _note_model(facts), True
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
                if not check.verdict.holds and not model.config.tied:
                    # vendors publish the active count with or without the input embedding table,
                    # which a token only indexes (as the count check reads it): either share holds
                    lean = counts.active - model.config.vocab * model.config.hidden
                    other = compare(q, lean / counts.total)
                    if other.verdict.holds:
                        check = other
                        how = f"{model.text}: {lean:,} active without the input embedding table / {counts.total:,}"
                        how += f" = {lean / counts.total:.4%}"
                    else:
                        how += f" ({lean / counts.total:.4%} without the input embedding table)"
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
        if far:
            how = f"{part.text} (stated above) / {how_whole} = {value:.4%}"
            if check.verdict is Verdict.WRONG and max(q.value / value, value / q.value) < _FAR_OFF:
                claim = make_claim(
                    s.unit,
                    q.start,
                    q.end,
                    "param-share",
                    Verdict.UNVERIFIABLE,
                    f"{how}; stated {q.text}: the part stated above may be off itself",
                    stated=q.text,
                )
                out.append(Found(claim, ((q.start, q.end),)))
                continue
        verdict = check.verdict
        if from_note and verdict is Verdict.WRONG:
            verdict = Verdict.UNVERIFIABLE
            how += " (the note's one model: the sentence names none)"
        claim = make_claim(s.unit, q.start, q.end, "param-share", verdict, f"{how}; {check.explanation}", stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out + _shares_with_devices_after(s, facts)


def _note_model(facts: NoteFacts) -> ModelMention | None:
    """The one catalogued model the whole note names (its title, its aliases), when nothing nearer names one."""
    named = {m.config.name for m in facts.note_models if m.config is not None}
    if len(named) != 1:
        return None
    return next(m for m in facts.note_models if m.config is not None)


# A size said per device (`40.8 GB each`, `136 ГБ на карту`), the devices counted before it
# (`over 8 GPUs`, `на 8 H100`, `split over two cards`) and the total stated before them on the line:
# the size is the total over the devices.
_PER_DEVICE = guarded(
    r"(?i)\s*(?:each\b|apiece\b|per\s+(?:GPU|card|device|rank|node)\b|на\s+(?:карту|каждую|GPU|видеокарту|устройство|узел)(?![\w-]))"
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "eight": 8, "sixteen": 16,
    "два": 2, "две": 2, "двух": 2, "двe": 2, "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
    "восемь": 8, "восьми": 8,
}  # fmt: skip
_DEVICES = guarded(
    r"(?i)\b(?:over|across|on|onto|between|into|among|на|по|между)\s+(?P<n>\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+|\d{1,4}|"
    + "|".join(_NUMBER_WORDS)
    + r")\s*(?:×\s*)?(?:[A-Z][\w-]*\s+)?"
    + r"(?P<dev>GPUs?|cards?|devices?|ranks?|nodes?|[AH]100s?|H200s?|карт\w*|видеокарт\w*|GPU|устройств\w*|узл\w*)(?![\w-])"
)
# after the per-device size: something added to the share (`40 GB each with activations`)
_ADDED = guarded(r"(?i)\s*(?:with\b|plus\b|incl\w*|\+|с\s+учётом|с\s+учетом|включая|плюс)")


_REACH = 300
# between the devices and their memory: `две A100 по 80 ГБ`, `two H100s with 80 GB`, `4 A100 (80 GB)`
_CAPACITY_GAP = guarded(r"(?i)\s*(?:по|with|of|с|,|\()?\s*$")


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
        if SEQUENCES_BEFORE.search(text, max(s.start, r.start - 40), r.start):
            continue  # `4 full 128K sessions at 63 GiB each`: each session's, not a device's
        if _ADDED.match(text, _PER_DEVICE.match(text, r.end).end()):  # type: ignore[union-attr]
            continue
        begin = line_start(text, s.start)
        near = max(begin, r.start - _REACH)  # the devices and the total are read near the figure: linear over a long line
        raw = s.unit.text  # device names with digits (`H100`) are masked in `text`
        devices = list(_DEVICES.finditer(raw, near, r.start))
        if not devices:  # `… to 1.1 GB per GPU on 1,024 GPUs`: the devices named right after the share
            after = _PER_DEVICE.match(text, r.end)
            later = _DEVICES.match(raw, after.end() + 1) if after is not None else None
            devices = [later] if later is not None else []
        capacity_at = -1  # `на две A100 по 80 ГБ`, `two H100s with 80 GB`: the size right after the devices is each one's memory
        if devices:
            d = devices[-1]
            capacity_at = d.end()
            n_text, upto = (
                d.group("n").lower(),
                r.start,
            )  # the total before or after the devices (`на 8 GPU: 320 ГиБ всего, по …`)
            n = float(_NUMBER_WORDS.get(n_text) or unspaced(n_text))
        else:
            # the degree of tensor parallelism stated on the line (`35.3 GB per GPU under TP 4`), else the note's one
            tp = starting_in(_tensor_parallels, begin, len(raw), raw)
            if len(tp) > 1:
                continue
            n, upto = float(tp[0].group("n") or tp[0].group("m")) if tp else float(facts.tensor_parallel), r.start
        totals = [
            t
            for t in find_quantities(text[near:upto])
            if t.kind == "bytes"
            and t.hi is None
            and t.scale >= 1e3
            and not _per_size(text[near:], t)
            and not (0 <= capacity_at <= near + t.start and _CAPACITY_GAP.match(text[capacity_at : near + t.start]))
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


# A size per device with the devices counted right after it (`по 6 ГБ на каждую из 8 карт`,
# `6 GB per GPU across 8 GPUs`, `6 GB on each of the 8 GPUs`): a share of the total stated before it.
_EACH_OF_DEVICES = guarded(
    r"(?i)\s*(?:(?:on\s+|for\s+|to\s+)?(?:each|every)\s+(?:one\s+)?of\s+(?:the\s+|our\s+|all\s+)?"
    r"|(?:per\s+(?:GPU|card|device|rank|node)|each|apiece)\s*,?\s+(?:across|over|on|among|for)\s+(?:the\s+|our\s+|all\s+)?"
    r"|на\s+(?:каждую|каждый|каждое|карту|видеокарту|устройство|узел|GPU)\s+(?:из\s+)?)"
    r"(?P<n>\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+|\d{1,4}|" + "|".join(_NUMBER_WORDS) + r")\s*(?:×\s*)?(?:[A-Z][\w-]*\s+)?"
    r"(?:GPUs?|cards?|devices?|ranks?|nodes?|[AH]100s?|H200s?|карт\w*|видеокарт\w*|GPU|устройств\w*|узл\w*)(?![\w-])"
)


def _shares_with_devices_after(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`обучение требует 48 ГБ, то есть по 6 ГБ на каждую из 8 карт`: the share is the total stated
    before it on the line / the devices. A sentence about a catalogued model is left to the model's
    own recipe (`sized`); a share equal to the total, or above it, is no split."""
    if any(m.config is not None for m in s.models) or (not s.models and context_model(s, facts) is not None):
        return []
    text, raw = s.unit.masked, s.unit.text  # device names with digits (`H100`) are masked in `text`
    out: list[Found] = []
    for r in s.quantities:
        if r.kind != "bytes" or r.hi is not None or r.scale < 1e3:
            continue
        d = _EACH_OF_DEVICES.match(raw, r.end)
        if d is None:
            continue
        n_text = d.group("n").lower()
        n = float(_NUMBER_WORDS.get(n_text) or unspaced(n_text))
        near = max(line_start(text, s.start), r.start - _REACH)
        totals = [
            t
            for t in find_quantities(text[near : r.start])
            if t.kind == "bytes" and t.hi is None and t.scale >= 1e3 and not _per_size(text[near:], t)
        ]
        if n < 2 or not totals:
            continue
        t = totals[-1]
        if t.value <= r.value or compare(r, t.value).verdict.holds:
            continue
        if _PER_DEVICE.match(text, near + t.end) or _EACH_OF_DEVICES.match(raw, near + t.end):
            why = f"{r.text}: a share per device after another share ({t.text}); the total is not stated here"
            claim = make_claim(s.unit, r.start, r.end, "device-split", Verdict.UNVERIFIABLE, why, stated=r.text)
            out.append(Found(claim, ((r.start, r.end),)))
            continue
        check = compare(r, t.value / n)
        how = f"{t.text} / {n:g} devices = {t.value / n / r.scale:,.4g} {r.unit}"
        claim = make_claim(s.unit, r.start, r.end, "device-split", check.verdict, f"{how}; {check.explanation}", stated=r.text)
        out.append(Found(claim, ((r.start, r.end),)))
    return out
