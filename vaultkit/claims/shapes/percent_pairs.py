"""A percent between the two figures of one kind its sentence states, when no earlier shape judged it: `We measured
142 tok/s against a bound of 209 tok/s, i.e. 68 % of the bound`, `the 89.6 GB/s of DDR5 is 75 % faster than the
51.2 GB/s of DDR4`, `Кэш MLA (68,6 KiB) на 79 % меньше, чем 320 KiB`.

The words say which relation the percent is: a share (`of`, `от`, `из`, `составляет`), a decrease (`less`, `smaller`,
`saves`, `меньше`, `экономит`) or an increase (`more`, `faster`, `больше`, `быстрее`); the two figures are the only
two of their kind in the sentence, so which pair is meant is not a guess. The percent holds when that relation of the
two gives it. Otherwise it is not judged: the percent may be of a third quantity the sentence leaves unsaid (a part
of one figure, a figure of the line above), and a wrong verdict needs more than the figures' order.
"""

from __future__ import annotations

from vaultkit.claims.fastre import guarded
from vaultkit.claims.quantities import find_quantities
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, make_claim, starting_in
from vaultkit.claims.shapes.unread import about_models
from vaultkit.claims.verdict import compare

# the kinds of figure whose ratio is a plain share: sizes, rates, counts of tokens or parameters
_KINDS = frozenset({"bytes", "throughput", "bandwidth", "tokens", "flops", "count"})
_LESS = guarded(
    r"(?i)\b(?:less|smaller|fewer|lower|slower|cheaper|saves?|saving|cuts?|reduc\w*|shrinks?|drops?)\b"
    r"|меньше|ниже|медленнее|дешевле|эконом\w*|сокращ\w*|сниж\w*|уменьш\w*|реж\w*"
)
_MORE = guarded(
    r"(?i)\b(?:more|bigger|larger|greater|higher|faster|heavier|grows?|increas\w*)\b"
    r"|больше|выше|быстрее|тяжелее|дороже|раст\w*|увелич\w*"
)
_SHARE = guarded(r"(?i)\bof\b|\bout\s+of\b|(?<!\w)(?:от|из|составля\w*)(?!\w)")
# what makes the percent another quantity's: a rate of change over time, a probability, an efficiency of a device
_ARITHMETIC = guarded(r"[×*=÷+→]|\s[/−-]\s")
_NOT_A_SHARE = guarded(r"(?i)\bMFU\b|\butili[sz]\w*|утилизац\w*|загрузк\w*|\bper\s+(?:year|month)|в\s+год|accuracy|точност\w*")


def percent_pairs(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    percents = [q for q in s.quantities if q.kind == "percent" and q.hi is None and not q.bound and 0 < q.value < 10]
    if len(percents) != 1 or _NOT_A_SHARE.search(text, s.start, s.end) or _ARITHMETIC.search(text, s.start, s.end):
        return []  # `4 × 80 GiB = 320 GiB …, roughly 23 % of it`: a figure and its product are no pair compared
    if not about_models(s, facts):
        return []  # `the new game is 150 GB, 12.5 % of my 1.2 TB library`: no model's sizing
    p = percents[0]
    figures = [q for q in starting_in(find_quantities, s.start, s.end, text) if q.end <= s.end and q.kind in _KINDS]
    kinds = {q.kind for q in figures}
    if len(figures) != 2 or len(kinds) != 1 or any(q.hi is not None or q.bound or q.value <= 0 for q in figures):
        return []
    if ";" in text[figures[0].end : figures[1].start]:
        return []  # `The ceiling is 205 tok/s; we measured 142 tok/s, 69 % of the budget`: two clauses, a named whole
    small, big = sorted(figures, key=lambda q: q.value)
    if small.value == big.value:
        return []
    words = text[s.start : s.end]
    less, more, share = bool(_LESS.search(words)), bool(_MORE.search(words)), bool(_SHARE.search(words))
    if (less and more) or not (less or more or share):
        return []  # no relation said, or both ways (`58 % less memory, but more of the card`); `of` after a comparison
        # names what is compared (`75 % faster than the 51.2 GB/s of DDR4`)
    if less:
        value, how = 1 - small.value / big.value, f"1 − {small.text} / {big.text}"
    elif more:
        value, how = big.value / small.value - 1, f"{big.text} / {small.text} − 1"
    else:
        value, how = small.value / big.value, f"{small.text} / {big.text}"
    check = compare(p, value)
    if not check.verdict.holds:
        return []  # the percent may be of another quantity: left to `unread`
    why = f"{how} = {value:.1%}; {check.explanation}"
    claim = make_claim(s.unit, p.start, p.end, "percent-pair", check.verdict, why, stated=p.text)
    return [Found(claim, ((p.start, p.end),))]
