"""A factor between two named accelerators' published figures (§ hardware): `an H200 moves 4.8 TB/s, 3× more than
the H100 SXM` (4.8 / 3.35 = 1.43×), `в 3 раза больше памяти, чем у H100`, `the 4090 has twice the bandwidth of a
3090` (1,008 / 936 = 1.08×).

The sentence names exactly two cards, the one compared first and the one after `than` / `чем` / `of` / `vs`, says
between the two names which quantity it compares (a bandwidth: `bandwidth`, `пропускн…`, `TB/s` stated; or the memory:
`memory`, `VRAM`, `памят…`, never both), speaks of no price, and states one factor with a comparative (`more`,
`faster`, `больше`, `быстрее`; `less`, `slower`, `меньше`, `медленнее` invert it). The factor holds within 10 % (and
its rounding) of the ratio of the published figures; a card whose name leaves its variant open (`H100`: 2.0 or 3.35
TB/s) holds with any variant's ratio and is an error only when no variant's is within a factor of 1.5. Speed words
alone (`3× faster`) are compute or throughput, not read here.
"""

from __future__ import annotations

from vaultkit.claims.catalog import GpuMention, find_cards
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, make_claim

# the factor and its comparative: `3× more`, `в 3 раза больше`, `3 times the`, `twice the`, `вдвое больше`
_FACTOR = guarded(
    r"(?i)(?<![\w.,])(?:в\s+)?(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:×|x|х|times|-fold|раза?\b|раз\b)"
    r"|\b(?P<w>twice|thrice|вдвое|втрое|вчетверо|в\s+два\s+раза|в\s+три\s+раза|в\s+четыре\s+раза)\b"
)
_WORDS = {"twice": 2.0, "thrice": 3.0, "вдвое": 2.0, "втрое": 3.0, "вчетверо": 4.0}
_MORE = guarded(r"(?i)\b(?:more|higher|larger|bigger|faster|greater)\b|больше|выше|быстрее|шире")
_THE_AFTER = guarded(r"(?i)\s*(?:the|as\s+much|that\s+of|those\s+of)\b")  # `twice the bandwidth of`, `3× as much memory as`
_LESS = guarded(r"(?i)\b(?:less|lower|smaller|slower|fewer)\b|меньше|ниже|медленнее|уже\b")
_THAN = guarded(r"(?i)\b(?:than|of|vs\.?|versus|compared\s+(?:to|with))\b|\bчем\b|\bпо\s+сравнению\s+с\b|\bпротив\b")
_BANDWIDTH = guarded(r"(?i)bandwidth|пропускн\w*|прокачива\w*|\d\s*(?:[TG]B/s|[ТГ]Б/с)|memory\s+speed")
_MEMORY = guarded(r"(?i)\bmemory\b|\bVRAM\b|\bHBM\b|памят\w*|видеопамят\w*|\d\s*(?:[TG]i?B|[ТГ]и?Б)(?!/)")
_PRICE = guarded(r"(?i)\bcosts?\b|\bpric\w*|\bcheaper\b|\bexpensive\b|[$€₽]|стои\w*|стоимост\w*|дороже|дешевле|цен\w*")
_TOLERANCE = 0.10
_WRONG_BEYOND = 1.5


def _factor(text: str, start: int, end: int) -> tuple[float, int, int] | None:
    found = list(_FACTOR.finditer(text, start, end))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group("n"):
        return float(m.group("n").replace(",", ".")), m.start(), m.end()
    word = m.group("w").lower()
    value = _WORDS.get(word) or {"два": 2.0, "три": 3.0, "четыре": 4.0}[word.split()[1]]
    return value, m.start(), m.end()


def device_ratios(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.text
    cards = [g for g in find_cards(text) if s.start <= g.start and g.end <= s.end]
    if len({g.name for g in cards}) != 2 or len(cards) != 2:
        return []
    factor = _factor(text, s.start, s.end)
    if factor is None:
        return []
    n, a, b = factor
    first, second = cards
    if not first.end <= a < b <= second.start or not _THAN.search(text, b, second.start):
        return []  # the factor between the two, the second after `than`
    if _PRICE.search(text, s.start, s.end):
        return []  # `the H100 node costs 3x more than the A100 node with 80 GB per card`: a price compared
    # what is compared is said between the two names (`H200 прокачивает 4,8 ТБ/с — в 3 раза больше, чем H100`)
    bandwidth = _BANDWIDTH.search(text, first.start, second.start) is not None
    memory = _MEMORY.search(text, first.start, second.start) is not None and not bandwidth
    if bandwidth == memory:
        return []
    tail = text[b : second.start]
    more = _MORE.search(tail) is not None or _THE_AFTER.match(tail) is not None
    less = _LESS.search(tail) is not None
    if more == less:
        return []
    what = "bandwidth" if bandwidth else "memory"
    ratios = _ratios(first, second, bandwidth, inverted=less)
    if not ratios:
        return []
    if any(abs(n - r) <= _TOLERANCE * r + 0.051 for r in ratios):
        verdict = Verdict.HOLDS
    elif all(n > _WRONG_BEYOND * r or n * _WRONG_BEYOND < r for r in ratios):
        verdict = Verdict.WRONG
    else:
        verdict = Verdict.UNVERIFIABLE
    said = " or ".join(f"{r:.3g}×" for r in ratios)
    how = f"{_shown(first, bandwidth)} vs {_shown(second, bandwidth)} (published {what}): {said}; stated {n:g}×"
    if verdict is Verdict.UNVERIFIABLE:
        how += "; which variant is meant is not said"
    claim = make_claim(s.unit, a, b, "ratio", verdict, how, stated=text[a:b], recomputed=f"{ratios[-1]:.3g}")
    return [Found(claim, ((a, b),))]


def _ratios(first: GpuMention, second: GpuMention, bandwidth: bool, *, inverted: bool) -> list[float]:
    xs = first.bandwidths if bandwidth else first.memories
    ys = second.bandwidths if bandwidth else second.memories
    return sorted({round((y / x) if inverted else (x / y), 4) for x in xs for y in ys if x > 0 and y > 0})


def _shown(g: GpuMention, bandwidth: bool) -> str:
    values = g.bandwidths if bandwidth else g.memories
    unit, scale = ("TB/s", 1e12) if bandwidth else ("GB", 1e9)
    return f"{g.name} " + " or ".join(f"{v / scale:g} {unit}" for v in values)
