"""Durations: a time computed from the inputs the note states (claims-gold.md formulas).

- generation or prefill time = tokens / rate (`500 tokens at 40 tok/s take 12.5 s`), and a rate
  stated after tokens and a time (`300 tokens in 12 s, i.e. 25 tok/s`);
- transfer time = size / bandwidth (GB/s, or Gbit/s read as bits: `141 GB over 25 Gbit/s`), in
  either order, with the size of the line above when the sentence refers back to it;
- compute time = FLOPs / (GPUs × FLOP/s per GPU × utilization), in seconds … days or GPU-hours,
  the FLOPs (a `6 × N × D` product recomputed), the rate and the utilization read from the
  sentence or, when the sentence refers back, the lines just above it;
- an explicit quotient `A / (B · C) ≈ T s`.

A duration is a claim only when all its inputs are stated; a hedged rate, two rates that disagree,
a wall-clock time of a whole job (overheads unstated) are unverifiable. A figure off by less than
2× is unverifiable (the inputs may be rounded), never an error. Time units, FLOP/s and bit rates
are read by `quantities` (a time's value is in seconds; word forms like `10-гигабитной` here).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import replace
from functools import cached_property, lru_cache

from vaultkit.claims.catalog import find_mentions
from vaultkit.claims.engine import count_parameters, gguf_bytes
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import _CYRILLIC, AMBIGUOUS_COMMA, TIME_SECONDS, Quantity, find_quantities, time_key
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, in_range, make_claim, starting_in
from vaultkit.claims.shapes.sized import context_model
from vaultkit.claims.verdict import compare, power_of_ten

# a FLOP/s rate after a bare number (Russian or a unit `quantities` stops before: `989 ТФЛОПС`, `312 TFLOP/s`)
_RATE_AFTER = guarded(
    r"[^\S\n]{0,2}(?P<p>[KMGTPEКМГТПЭ]|кило|мега|гига|тера|пета)?(?:FLOPS\b|FLOP/s\b|FLOP/с|ФЛОПС|ФЛОП/с|флопс|флоп/с)", re.I
)
_RATE_PREFIX = {"": 1.0, "k": 1e3, "к": 1e3, "m": 1e6, "м": 1e6, "g": 1e9, "г": 1e9, "t": 1e12, "т": 1e12, "p": 1e15, "п": 1e15}
_RATE_PREFIX.update({"e": 1e18, "э": 1e18, "кило": 1e3, "мега": 1e6, "гига": 1e9, "тера": 1e12, "пета": 1e15})
_PER_SECOND = guarded(r"[^\S\n]*(?:/\s*(?:s|с|sec)\b|per\s+second|в\s+секунду)", re.I)
_FLOP_AFTER = guarded(r"[^\S\n]{0,2}(?:ФЛОП|флоп)(?!\w)")
# a network rate in bits: `25 Гбит/с`, `400 Gbit/s`, `100 Gb/s`, `10 Gbps`, `10-гигабитной`, `10-gigabit`
_BITS_AFTER = guarded(
    r"[^\S\n]?(?:(?P<p>[KMGTКМГТ])(?:bit/s|b/s|bps|бит/с|бит\b)|-?(?P<w>гигабитн\w*|gigabit\b|мегабитн\w*|megabit\b))", re.I
)
_BIT_PREFIX = {"k": 1e3, "к": 1e3, "m": 1e6, "м": 1e6, "g": 1e9, "г": 1e9, "t": 1e12, "т": 1e12}
_UTILIZATION = guarded(r"(?i)\bMFU\b|utili[sz]ation|\befficiency\b|загрузк\w*|утилизац\w*|эффективност\w*")
_GPU_NAME = guarded(r"\b(?:[ABHLV]\d{2,3}[A-Z]?|MI\d{3}X?|RTX\s?\d{4}|TPU\s?v\d\w*)(?![\w-])")
_WORD_COUNTS = {
    "one": 1, "single": 1, "одной": 1, "одну": 1, "одна": 1, "двух": 2, "two": 2, "трёх": 3, "трех": 3, "three": 3,
    "четырёх": 4, "четырех": 4, "four": 4, "восьми": 8, "eight": 8, "шестнадцати": 16, "sixteen": 16,
}  # fmt: skip
_DEVICES = r"(?:GPUs?|cards?|accelerators?|devices?|карт\w*|видеокарт\w*|ускорител\w*|[ABH]\d{3}s?)\b"
_GPU_COUNT = guarded(
    rf"(?i)(?<![\w.,])(?<!\d[\s\u00a0\u202f])(?P<n>\d{{1,3}}(?:[,\u00a0\u202f]\d{{3}})*+|\d{{4,6}})\s*(?:×\s*|x\s+)?(?:[-\s]?{_DEVICES})(?![-\s]?(?:GPU[-\s]?)?(?:hours?|hrs?|h\b|час|ч\b)|-(?:GPU-)?(?:days?|дн|сут))"
    rf"|\b(?P<w>{'|'.join(_WORD_COUNTS)})\s+(?:{_DEVICES})"
    r"|\bTP\s*=\s*(?P<tp>\d{1,3})\b"
)
# the GPUs a time is said to run on, right after it (`8.4 h on 8 GPUs`, `4,2 ч на 16 картах`)
_ON_AFTER = guarded(r"(?i)[^\S\n]+(?:on|across|over|with|using|на)[^\S\n]+")


def _count_after(raw: str, end: int) -> int | None:
    """The GPU count said right after a time that ends at `end`, if any."""
    m = _ON_AFTER.match(raw, end)
    c = _GPU_COUNT.match(raw, m.end()) if m else None
    if c is None:
        return None
    if c.group("n"):
        return int(re.sub(r"\D", "", c.group("n")))
    if c.group("w"):
        return _WORD_COUNTS[c.group("w").lower()]
    return int(c.group("tp"))


# a time unit written with its thousands or millions (`тыс. GPU-часов`, `million GPU-hours`, `k GPU-hours`)
_SCALED_UNIT = guarded(r"(?i)\s*(?:thousand|million|тыс|млн|[kKMB](?![a-zа-я]))")
# a wall-clock span of a whole job, with what the formula does not count
_WALL_CLOCK = guarded(
    r"(?i)\bwhole\b|\bentire\b|\bwall[-\s]?clock\b|end[-\s]to[-\s]end|includ\w*|overhead|\bвесь\b|\bвсё\b|целиком|с\s+учётом|с\s+учетом|включая|накладн\w*"
)
# words that refer to the computation or transfer of the line above
_REFERS_BACK = guarded(
    r"(?i)^\W{0,4}(?:→|⇒|=>)|\b(?:this|that|it|these|those|same|then|so)\b|\bэт[оиа]\b|\bто\s+же\b|\bтот\s+же\b|\bте\s+же\b|\bта\s+же\b|\bтак\w*\b|\bвыйд\w*|\bвыход\w*"
)
_GPU_TIME = ("gpuh", "gpud")  # GPU-hours, GPU-days: the time of one GPU, however many run


def _time_unit(text: str, q: Quantity) -> tuple[str, float, str] | None:
    """(unit key, seconds per unit, the unit as written) of a time `q` (`quantities` reads its unit;
    `q.value` is in seconds). A range is no time a formula gives."""
    if q.kind != "time" or q.hi_printed is not None:
        return None
    key = time_key(q.unit)
    return (key, q.scale, q.unit) if key else None


def _flops_rate(text: str, q: Quantity) -> float | None:
    """The FLOP/s that figure `q` states, if it is a rate."""
    if q.kind == "flop_rate" or (q.kind == "bandwidth" and re.search(r"(?i)flop|флоп", q.unit)):
        return q.value  # (`312 ТФЛОП/с` is read as a rate per second of its unit)
    if q.kind == "flops":
        unit = q.unit
        if unit.endswith(("FLOPS", "ФЛОПС", "/s", "/с")) or _PER_SECOND.match(text, q.end):
            return q.value
        if unit.lower().endswith(("flops", "флопс")) and q.value < 1e17:
            return q.value
        return None
    if q.kind == "number":
        m = _RATE_AFTER.match(text, q.end)
        if m:
            return q.value * _RATE_PREFIX[(m.group("p") or "").lower()]
    return None


def _flop_count(text: str, q: Quantity) -> float | None:
    """The FLOPs that figure `q` counts (`1.8 × 10^20 FLOP`, `8,3·10²³ ФЛОП`), not a rate."""
    if q.kind == "flops" and _flops_rate(text, q) is None:
        return q.value
    if q.kind == "number" and _FLOP_AFTER.match(text, q.end):
        return q.value
    if q.kind == "number" and q.value >= 1e15 and _FLOP_LABEL.search(text, max(0, q.start - 60), q.start):
        return q.value  # `- FLOP: 6 × 405,85 млрд × 15,6 трлн ≈ 3,8·10²⁵`: a line labelled FLOP states the count
    return None


# a line's label that says its figure is a FLOP count (`FLOP:`, `Compute (FLOP):`), at the line's start
_FLOP_LABEL = guarded(r"(?i)^[ \t>*+-]*(?:\*\*)?(?:flops?|флоп\w*)(?:\*\*)?[ \t]*:[^:;=]*$")


def _bandwidth(text: str, q: Quantity) -> float | None:
    """Bytes per second that figure `q` states (`50 ГБ/с`, or `25 Гбит/с` = 3.125 GB/s)."""
    if q.kind == "bandwidth" and q.hi_printed is None:
        return None if re.search(r"(?i)flop|флоп", q.unit) else q.value
    if q.kind == "bitrate" and q.hi_printed is None:
        return q.value / 8  # bits per second
    if q.kind == "number" and q.hi_printed is None:
        m = _BITS_AFTER.match(text, q.end)
        if m:
            prefix = (m.group("p") or m.group("w") or "g")[0].lower()
            return q.value * _BIT_PREFIX.get(prefix, 1e9) / 8
    return None


# a size per something (`14 байт на параметр`, `2 bytes per weight`, `320 KiB/token`): a rate, not a size moved
_PER_AFTER = guarded(r"(?i)\s*(?:/\s*[^\W\d_]|per\b|each\b|на\s+(?:параметр|вес|токен|элемент|слой)|каждый\b)")


def _sizes(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The sizes among figures: bytes, not a range, not a size per something."""
    return [q for q in qs if q.kind == "bytes" and q.hi_printed is None and not _PER_AFTER.match(text, q.end)]


# a bound said before a figure: `at least`, `не менее` (which `quantities` reads as `менее`, an upper bound)
_LOWER_BEFORE = guarded(
    r"(?i)(?:at\s+least|no\s+less\s+than|no\s+faster\s+than|not\s+under|не\s+менее|не\s+меньше|не\s+быстрее|минимум)\s*$"
)
_UPPER_BEFORE = guarded(
    r"(?i)(?:at\s+most|no\s+more\s+than|no\s+longer\s+than|не\s+более|не\s+больше|не\s+дольше|максимум)\s*$"
)


def _bound(text: str, t: Quantity) -> str:
    """The bound of a stated time, `>` for `at least` / `не менее`, `<` for `at most` / `не более`."""
    at = t.start
    digits = re.search(r"\d", t.text)
    head = t.text[: digits.start()] if digits else ""
    window = text[max(0, at - 24) : at] + head
    if _LOWER_BEFORE.search(window) or (t.bound == "<" and re.search(r"(?i)не\s*$", text[max(0, at - 6) : at])):
        return ">"
    if _UPPER_BEFORE.search(window):
        return "<"
    if t.bound == ">" and head.strip().lower() == "over":
        return ""  # `over 54 days`: during, not more than
    return t.bound


# a token rate after a bare number that `quantities` does not read (`25 ток/с`, `40 tokens/sec`, `20 tps`)
_TOKEN_RATE_AFTER = guarded(r"(?i)[^\S\n]{0,2}(?:ток\s*/\s*(?:с|сек)\b|tok(?:en)?s?\s*/\s*sec\b|tps\b)")
# … and after a token count (`30 токенов в секунду`, `30 tokens a second`)
_PER_SECOND_AFTER = guarded(r"(?i)[^\S\n]*(?:в\s+секунду|(?:per|a)\s+sec\w*|/\s*(?:с|сек|sec)\b)")


def _token_rate(text: str, q: Quantity) -> bool:
    if q.kind == "throughput":
        return True
    if q.kind == "number":
        return _TOKEN_RATE_AFTER.match(text, q.end) is not None
    return q.kind == "tokens" and _PER_SECOND_AFTER.match(text, q.end) is not None


_CHAIN_GAP = guarded(r"^\s*[×x*·]\s*$")
_EQUALS_BEFORE = guarded(r"(?:=|≈|~)\s*$")


def _equated(text: str, before: Quantity, q: Quantity) -> bool:
    """An `=`/`≈`/`~` between two figures (the sign may be read as the second's hedge)."""
    return bool(_EQUALS_BEFORE.search(text, before.end, q.start) or (q.hedge and q.text[:1] in "≈~"))


def _product_before(text: str, qs: list[Quantity], i: int) -> float | None:
    """The product `a × b × c` equated with figure `qs[i]` (`6 × 1.24e9 × 24.7e9 ≈ 1.8e20`), if any."""
    if i == 0 or not _equated(text, qs[i - 1], qs[i]):
        return None
    j = i - 1
    product = qs[j].value
    while j > 0 and _CHAIN_GAP.match(text[qs[j - 1].end : qs[j].start]):
        j -= 1
        product *= qs[j].value
    return product if j < i - 1 else None


def _flops_at(text: str, qs: list[Quantity]) -> list[tuple[int, float]]:
    """The FLOP counts a text states (index of the figure, FLOPs), each recomputed from the product
    it is equated with when that agrees within 10 % (the rounded figure would shift a duration)."""
    out = []
    for i, q in enumerate(qs):
        c = _flop_count(text, q)
        if c is None or q.hi_printed is not None:
            continue
        p = _product_before(text, qs, i)
        out.append((i, p if p and abs(p - c) <= 0.1 * c else c))
    return out


def _flops_in(text: str, qs: list[Quantity]) -> list[float]:
    return [v for _, v in _flops_at(text, qs)]


class _Prefix:
    """Figures of one kind in a sentence, in order: for a position, those before it (by bisection),
    the last of them, and whether they disagree (two more than 3 % apart, as `_distinct` reads them)."""

    def __init__(self, items: list[tuple[int, float, Quantity]]) -> None:
        self.items = items
        self.at = [k for k, _, _ in items]
        first = items[0][1] if items else 0.0
        self.split: float = next((k for k, v, _ in items if abs(v - first) > 0.03 * max(v, first)), math.inf)

    def count(self, i: int) -> int:
        return bisect_left(self.at, i)

    def last(self, i: int) -> Quantity:
        return self.items[self.count(i) - 1][2]

    def first_value(self) -> float:
        return self.items[0][1]

    def disagree(self, i: int) -> bool:
        return self.split < i


@lru_cache(maxsize=256)
def _line_flops(line: str) -> list[float]:
    """The distinct FLOP counts a line above states (read once per line, not once per time)."""
    return _distinct(_flops_in(line, list(_quantities(line))))


def _one_model(s: Sentence) -> str:
    """The one catalogued model the sentence names, else ''."""
    names = {m.config.name for m in s.models if m.config is not None and s.start <= m.start < s.end}
    return names.pop() if len(names) == 1 else ""


@lru_cache(maxsize=256)
def _line_models(line: str) -> frozenset[str]:
    return frozenset(m.config.name for m in find_mentions(line) if m.config is not None)


# a GPU time named by its GPU, which `quantities` stops before (`~169,000 H100 GPU-hours`, `~350k A100-hours`,
# `4 130 A100-часов`): the number, an optional scale word, the GPU's name, then `-hours` or ` GPU-hours`
_NAMED_GPU_TIME = guarded(
    r"[^\S\n]?(?P<k>[kK](?![A-Za-z])|thousand\b|тыс\.?)?[^\S\n]*(?:[ABHLV]\d{2,3}[A-Z]?|MI\d{3}X?)"
    r"(?:-|[^\S\n]+GPU-?|[^\S\n]+GPU[^\S\n]+)(?P<u>hours?\b|days?\b|час(?:ов|а)?(?!\w)|дн(?:ей|я)(?!\w)|сут(?:ок|ки)(?!\w))",
    re.I,
)
# a label naming a GPU time, then a colon right before the figure (no other figure between)
_GPU_TIME_LABEL = guarded(
    r"(?i)(?<![\w-])(?:gpu|гпу)[-_\s]?(?P<u>hours?|часов|часа|days?|дней|суток)(?![\w-])[^\d\n:;=|]{0,40}:[^\S\n]*$"
)
_SCALE_WORDS = {"million": 1e6, "млн": 1e6, "млн.": 1e6, "m": 1e6, "thousand": 1e3, "тыс.": 1e3, "тыс": 1e3, "k": 1e3}


def _named_gpu_times(raw: str, qs: list[Quantity]) -> list[Quantity]:
    """The figures with each number that a GPU-named GPU time follows read as that time (in GPU-hours or GPU-days)."""
    out = list(qs)
    for k, q in enumerate(qs):
        if q.hi_printed is not None or q.kind not in ("number", "count") or q.printed <= 0:
            continue
        # (the masked text blanks the GPU's digits: a letter of its name may have been read into the figure)
        stop = q.start + len(q.text) if raw.startswith(q.text, q.start) else q.end
        # (it may lie past the sentence's end the splitter saw in a scale word, `507 тыс. H100-часов`: the pattern
        # itself crosses no other end)
        m = _NAMED_GPU_TIME.match(raw, stop, stop + 40)
        label = None if m is not None else _GPU_TIME_LABEL.search(raw, max(0, q.start - 64), q.start)
        if label is not None and (q.kind == "number" or q.unit.strip().lower() in _SCALE_WORDS):
            # `GPU-hours at the same MFU: about 2.67 million`, `- GPU-часов: ≈ 4 130`: the first figure after a label
            # that names the GPU time
            day = label.group("u").lower().startswith(("d", "дн", "сут"))
            unit = (
                ("GPU-days" if day else "GPU-hours")
                if q.kind == "number"
                else f"{q.unit.strip()} GPU-{'days' if day else 'hours'}"
            )
            out[k] = replace(q, kind="time", unit=unit, scale=q.scale * (86400.0 if day else 3600.0))
            continue
        if m is None:
            continue
        scale = 1.0
        if q.kind == "count":
            word = q.unit.strip().lower()
            if m.group("k") or word not in _SCALE_WORDS:
                continue
            scale = _SCALE_WORDS[word]
        elif m.group("k"):
            scale = 1e3
        day = m.group("u").lower().startswith(("d", "дн", "сут"))
        unit = "GPU-days" if day else "GPU-hours"
        written = {1.0: "", 1e3: "thousand ", 1e6: "million "}[scale] + unit
        out[k] = replace(
            q,
            end=m.end(),
            kind="time",
            unit=written,
            scale=scale * (86400.0 if day else 3600.0),
            text=raw[q.start : m.end()].strip(),
        )
    return out


@lru_cache(maxsize=256)
def _gpu_names(line: str) -> list[str]:
    return _GPU_NAME.findall(line)


class _Read:
    """What `durations` needs of one sentence, read once (never once per time it states)."""

    def __init__(self, s: Sentence, qs: list[Quantity]) -> None:
        text = s.unit.masked
        self.qs = qs
        self.line = s.unit.line
        self.free = {q.start for q in s.quantities}
        self.sentence = text[s.start : s.end]
        self.raw = s.unit.text[s.start : s.end]  # GPU names are blanked in the masked text
        self.units = [_time_unit(text, q) for q in qs]
        self.rates = _Prefix([(k, q.value, q) for k, q in enumerate(qs) if _token_rate(text, q)])
        tokens = [q.kind == "tokens" and q.hi_printed is None and not _token_rate(text, q) for q in qs]
        self.tokens = _Prefix([(k, q.value, q) for k, q in enumerate(qs) if tokens[k]])
        speeds = [(k, b, q) for k, q in enumerate(qs) if (b := _bandwidth(text, q)) is not None]
        self.speeds = _Prefix(speeds)
        self.taken_speed = next((k for k, _, q in speeds if q.start not in self.free), math.inf)
        sizes = {id(q) for q in _sizes(text, qs)}
        self.sizes = _Prefix([(k, q.value, q) for k, q in enumerate(qs) if id(q) in sizes])
        self.flops = _Prefix([(k, v, qs[k]) for k, v in _flops_at(text, qs)])
        self.any_flops_rate = any(_flops_rate(text, q) is not None for q in qs)
        self.big_unnamed = any(q.kind == "number" and q.value >= 1e15 and _flops_rate(text, q) is None for q in qs)
        self.bytes_or_bandwidth = any(q.kind in ("bytes", "bandwidth") for q in s.quantities)
        # a rate a quotient may divide by: the smallest index stating each value
        first: dict[float, int] = {}
        for k, q in enumerate(qs):
            r = _flops_rate(text, q) or _bandwidth(text, q) or (q.value if q.kind == "throughput" else None)
            if r and r not in first:
                first[r] = k
        self.quotient_rates = sorted(first.items())
        self._text, self._start, self._end = text, s.start, s.end
        self._above: list[str] | None = None
        # what each judged time of this sentence was recomputed to, by its Found's id (seconds, end, how,
        # GPU time, one GPU, unit key), for a restatement right after it (`≈ 9,85·10⁶ с, около 2 700
        # GPU-часов`); and the rates its times divide by (`300 tokens at 30 tok/s take 10 s`). Per call:
        # module-level state would be shared by threads extracting notes at once (a Dask worker's)
        self.computed: dict[int, tuple[float, int, str, bool, bool, str]] = {}
        self.rate_inputs: set[int] = set()
        self.own: set[int] = set()  # times judged on tokens and a rate of their own (after the time before them)
        self.doubtful: set[int] = set()  # times far from inputs the note may state wrong (FLOPs above, not recomputed)

    @cached_property
    def token_counts(self) -> list[Quantity]:
        """The figures that count tokens (`1000 токенов`, `a 4M-token step`), read once per sentence."""
        return [q for q in self.qs if _tokens_count(self._text, q)]

    # the sentence's words, each searched for only when a time needs it (most sentences state none)
    @cached_property
    def aggregate(self) -> bool:
        return _AGGREGATE.search(self.sentence) is not None

    @cached_property
    def prompt(self) -> bool:
        return _PROMPT.search(self.sentence) is not None

    @cached_property
    def measured(self) -> bool:
        return _MEASURED.search(self.sentence) is not None

    @cached_property
    def measured_raw(self) -> bool:
        return _MEASURED.search(self.raw) is not None

    @cached_property
    def wall_clock(self) -> bool:
        return _WALL_CLOCK.search(self.sentence) is not None

    def wall_clock_of(self, i: int) -> bool:
        """A wall-clock or whole-job word said of time `i`: between the time before it and the time after it
        (`6,760 GPU-hours, i.e. about 53 hours of wall-clock`: the word is the second time's, not the first's)."""
        if not self.wall_clock:
            return False
        lo = next((self.qs[k].end for k in range(i - 1, -1, -1) if self.units[k] is not None), self._start)
        hi = next((self.qs[k].start for k in range(i + 1, len(self.qs)) if self.units[k] is not None), self._end)
        return _WALL_CLOCK.search(self._text, max(lo, self._start), min(hi, self._end)) is not None

    @cached_property
    def moves(self) -> bool:
        return _MOVES.search(self.raw) is not None

    @cached_property
    def refers_back(self) -> bool:
        return _REFERS_BACK.search(self.sentence) is not None

    @cached_property
    def refers_back_end(self) -> float:
        back = _REFERS_BACK.search(self._text, self._start, self._end)
        return back.end() if back else math.inf

    @cached_property
    def util(self) -> float | None:
        return _utilization(self.sentence)

    @cached_property
    def count(self) -> int | None:
        return _gpu_count(self.raw)

    @cached_property
    def nodes(self) -> bool:
        return _NODE_COUNT.search(self.raw) is not None

    def count_after(self, raw: str, t: Quantity) -> int | None:
        """The GPU count said right after time `t` (`8.4 h on 8 GPUs`); none where machines are counted
        (`8 GPUs per node`: the sentence's count reads them)."""
        if self.nodes:
            return None
        return _count_after(raw, t.end)

    @cached_property
    def names(self) -> list[str]:
        return _gpu_names(self.raw)

    def above(self, facts: NoteFacts) -> list[str]:
        """The lines just above, flattened once for the sentence."""
        if self._above is None:
            self._above = [_flatten(x) for x in facts.lines_above.get(self.line, ())]
        return self._above

    def _pairing(self, rates: _Prefix, gpu_time: bool = False) -> tuple[dict[int, tuple[int, float, Quantity] | None], set[int]]:
        times = [q for k, q in enumerate(self.qs) if (u := self.units[k]) is not None and (gpu_time or u[0] not in _GPU_TIME)]
        own, after = own_rates(self._text, self._start, times, [q for _, _, q in rates.items])
        by_start = {x[2].start: x for x in rates.items}
        index = {q.start: k for k, q in enumerate(self.qs)}
        return {index[t]: (by_start[r.start] if r is not None else None) for t, r in own.items()}, after

    @cached_property
    def speed_pairs(self) -> tuple[dict[int, tuple[int, float, Quantity] | None], set[int]]:
        """Each time's own bandwidth (by the time's index; `own_rates`), and the starts of the bandwidths said
        right after a time (`52 ms at 307 GB/s`: that time's), read once for the sentence."""
        return self._pairing(self.speeds)

    @cached_property
    def flop_rate_pairs(self) -> dict[int, tuple[int, float, Quantity] | None]:
        """Each time's own FLOP/s where the sentence states two different ones and one utilization at most (else none)."""
        rates = _Prefix([(k, r, q) for k, q in enumerate(self.qs) if (r := _flops_rate(self._text, q)) is not None])
        if rates.split == math.inf or len(_distinct(_utilizations(self.sentence))) > 1:
            return {}
        return self._pairing(rates, gpu_time=True)[0]

    @cached_property
    def rate_pairs(self) -> tuple[dict[int, tuple[int, float, Quantity] | None], set[int]]:
        """The same of the token rates (`30 s at 40 tok/s, 10 s at 120 tok/s`)."""
        return self._pairing(self.rates)

    def rate_before(self, value: float, i: int) -> bool:
        """A rate within 3 % of `value` stated before figure `i`."""
        lo = bisect_left(self.quotient_rates, (value / 1.03, -1))
        for r, k in self.quotient_rates[lo:]:
            if r > value / 0.97:
                break
            if k < i and abs(value - r) <= 0.03 * r:
                return True
        return False


# the words between a result and the rate it is of, said right after it (`52 ms at 307 GB/s`, `9.6 tok/s on 76.8 GB/s`,
# `175 мс на токен при 76,8 ГБ/с`), a per-token word between them; no comma (`…, at 76.8 GB/s 209 ms`: the next one's)
_AT_OWN_RATE = guarded(
    r"(?i)(?:[^\S\n]+(?:per|a|each|every)[^\S\n]+(?:(?:decoded|generated|output|new)[^\S\n]+)?(?:token|step)\b"
    r"|[^\S\n]+(?:на|за)[^\S\n]+(?:(?:один|каждый)[^\S\n]+)?(?:токен|шаг)(?!\w))?"
    r"[^\S\n]+(?:at|on|with|при|на)[^\S\n]+(?:(?:~|≈|about|around|roughly|около|примерно)[^\S\n]*)?"
)


def own_rates(text: str, lo: int, results: list[Quantity], rates: list[Quantity]) -> tuple[dict[int, Quantity | None], set[int]]:
    """Each result's own rate (a bandwidth or a FLOP rate), by the result's start: the rate said right after it
    (`52 ms at 307 GB/s`), else the one rate (one value) said before it in its own part, from the result before it
    (and the rate that one owns) on (`при 89,6 ГБ/с — 162 мс на токен, при 179,2 ГБ/с — 80,8 мс`); None where it has
    none or two different ones. With the starts of the rates said right after a result. Both lists in order; one pass."""
    starts = [r.start for r in rates]
    after: dict[int, Quantity] = {}
    for t in results:
        k = bisect_left(starts, t.end)
        if k < len(rates) and _AT_OWN_RATE.fullmatch(text, t.end, rates[k].start):
            after[t.start] = rates[k]
    owned = {r.start for r in after.values()}
    out: dict[int, Quantity | None] = {}
    part = lo
    for t in results:
        mine = after.get(t.start)
        if mine is not None:
            out[t.start] = mine
            part = mine.end
            continue
        free = [r for r in rates[bisect_left(starts, part) : bisect_left(starts, t.start)] if r.start not in owned]
        out[t.start] = free[-1] if free and len(_distinct([r.value for r in free])) == 1 else None
        part = max(part, t.end)
    return out, owned


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not any(abs(v - w) <= 0.03 * max(v, w) for w in out):
            out.append(v)
    return out


def _flatten(line: str) -> str:
    from vaultkit.claims.extract import flatten_latex  # extract imports the shapes: read at call time

    return flatten_latex(line) if "\\" in line or "$" in line else line


@lru_cache(maxsize=256)  # read once per sentence, not once per figure
def _quantities(text: str) -> tuple[Quantity, ...]:
    return tuple(find_quantities(text))


@lru_cache(maxsize=256)
def _says(rx: re.Pattern[str], text: str) -> bool:
    return rx.search(text) is not None


_NODES = r"(?:nodes?|servers?|machines?|hosts?|boxes|pods?|узл\w*|узел|сервер\w*|машин\w*|хост\w*)"
# a count of machines (`2 nodes`, `на 4 серверах`): the GPUs said with it may be each machine's
_NODE_COUNT = guarded(rf"(?i)(?<![\w.,])\d{{1,5}}[^\S\n]*(?:×[^\S\n]*|x[^\S\n]+)?{_NODES}(?!\w)")
# … and `2 nodes of 8 GPUs`, `2 nodes with 8 GPUs each`, `на 2 узлах по 8 GPU`: their product
_NODES_OF = guarded(
    rf"(?i)(?<![\w.,])(?P<a>\d{{1,5}})[^\S\n]*{_NODES}[^\S\n]*(?:of|with|x|×|по|,[^\S\n]*each[^\S\n]+with)[^\S\n]*(?P<b>\d{{1,4}})[^\S\n]*(?:×[^\S\n]*)?[-\s]?{_DEVICES}"
)


@lru_cache(maxsize=256)
def _gpu_count(text: str) -> int | None:
    """The one GPU count a sentence states; none when it states two, or machines whose GPUs may be each one's."""
    found = set()
    for m in _GPU_COUNT.finditer(text):
        if m.group("n"):
            found.add(int(re.sub(r"\D", "", m.group("n"))))
        elif m.group("w"):
            found.add(_WORD_COUNTS[m.group("w").lower()])
        elif m.group("tp"):
            found.add(int(m.group("tp")))
    if _NODE_COUNT.search(text):
        pairs = {(int(m.group("a")), int(m.group("b"))) for m in _NODES_OF.finditer(text)}
        if len(pairs) != 1:
            return None
        ((a, b),) = pairs
        return a * b if found <= {b, a * b} else None
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=256)
def _utilization(text: str) -> float | None:
    """The utilization (MFU) a percent figure next to its word states (`40 % MFU`, `MFU 40 %`, `при 100 % загрузке`)."""
    return next(iter(_utilizations(text)), None)


def _utilizations(text: str) -> list[float]:
    """Every utilization a text states, in order."""
    out = []
    for q in _quantities(text):
        if q.kind != "percent" or q.hi_printed is not None:
            continue
        near = text[max(0, q.start - 24) : q.end + 24]
        if _UTILIZATION.search(near):
            out.append(q.value)
    return out


# the variant of a device a sentence names (`8 × H100 SXM`, `H100 PCIe`)
_VARIANT = guarded(r"(?i)\bSXM\w*|\bPCIe\b")
# Published dense 16-bit tensor peaks (vendor data sheets), FLOP/s, by the names `_GPU_NAME` reads; two where the name
# leaves the variant open (H100 PCIe 756, SXM 989 TFLOP/s)
_PUBLISHED_PEAK: dict[str, tuple[float, ...]] = {
    "A100": (312e12,),
    "A800": (312e12,),
    "H100": (756e12, 989e12),
    "H800": (756e12, 989e12),
    "H200": (989e12,),
    "B200": (2250e12,),
    "MI300X": (1307e12,),
    "L40S": (362e12,),
    "L4": (121e12,),
    "A10": (125e12,),
    "V100": (125e12,),
}


@lru_cache(maxsize=256)
def _rate_for(gpu: str, lines: tuple[str, ...]) -> tuple[float | None, bool]:
    """The FLOP/s per GPU the lines state (nearest first), for the GPU `gpu` when one is named:
    (rate, hedged). Two different rates for the same (or no named) GPU: none."""
    for text in lines:
        qs = _quantities(text)
        rates = []
        for q in qs:
            r = _flops_rate(text, q)
            if r is None:
                continue
            names = _GPU_NAME.findall(text, max(0, q.start - 40), q.start)
            if gpu and (not names or names[-1].replace(" ", "") != gpu):
                continue
            rates.append((r, bool(q.bound)))  # a hedge is a rounding: a time off by 2× from it is still wrong
        if rates:
            values = _distinct([r for r, _ in rates])
            return (values[0], any(h for _, h in rates)) if len(values) == 1 else (None, False)
    return None, False


def durations(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`_durations`, except that a Russian sentence with a figure whose comma may be a decimal one or a thousands one
    (`5,000 ток/с`, `1,440 GPU-часов`) gets no error: the reading that makes it wrong may not be the note's."""
    found = _durations(s, facts)
    if not any(f.claim is not None and f.claim.verdict is Verdict.WRONG for f in found):
        return found
    text = s.unit.text[s.start : s.end]
    if not (_CYRILLIC.search(text) and AMBIGUOUS_COMMA.search(text)):
        return found
    out = []
    for f in found:
        if f.claim is not None and f.claim.verdict is Verdict.WRONG:
            why = f"{f.claim.explanation}; a comma of the sentence may be a decimal one or a thousands one: not judged"
            f = replace(f, claim=replace(f.claim, verdict=Verdict.UNVERIFIABLE, explanation=why))
        out.append(f)
    return out


def _durations(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    free = {q.start for q in s.quantities}
    # the line is read once; a time's unit may lie past a sentence end the splitter saw in a scale word (`5,3 тыс. GPU-часов`)
    qs = [q for q in starting_in(find_quantities, s.start, s.end, text) if q.end <= s.end or q.kind == "time"]
    qs = _named_gpu_times(s.unit.text, qs)
    if not any(q.kind == "time" and q.hi_printed is None for q in qs):
        return []  # no time
    read = _Read(s, qs)
    out: list[Found] = []
    last: tuple[float, int, str, bool, bool, str] | None = None
    skip = -1
    judged = False
    for i, t in enumerate(qs):
        if t.start not in free or i == skip:
            continue
        unit = read.units[i]
        if unit is None:
            continue
        if _INPUT_BEFORE.search(text, max(s.start, t.start - 40), t.start):
            continue  # `over the reported 2,788K GPU-hours that is ~33 %`: a time the sentence goes on from, not its claim
        # `21 мин 20 с`, `1 h 30 min`: one time in two units, read in the smaller one
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        small = read.units[i + 1] if nxt is not None and not text[t.end : nxt.start].strip() else None
        if nxt is not None and small is not None and small[1] < unit[1] and not nxt.hedge and not nxt.bound:
            printed = t.printed * unit[1] / small[1] + nxt.printed
            digits = f"{printed:.0f}" if printed == int(printed) else repr(printed)
            t = replace(t, end=nxt.end, printed=printed, digits=digits, scale=nxt.scale, text=text[t.start : nxt.end].strip())
            unit, skip = small, i + 1
        # a restatement converts the unit (`9,85·10⁶ с, около 2 700 GPU-часов`); `10 s, or 5 s cached` is another time
        gap = text[last[1] : t.start] if last is not None else ""
        restated = last is not None and unit[0] != last[5] and (_RESTATED.match(gap) or _IN_PARENS.search(gap))
        if last is not None and restated and last[3] and unit[0] not in _GPU_TIME:
            # GPU-hours restated as a wall-clock time (`67 GPU-hours, i.e. 8.4 h on 8 GPUs`): over the GPUs counted
            count = read.count_after(s.unit.text, t) or read.count
            if count:
                got: Found | None = _judge(read, s, t, unit, last[0] / count, f"{last[2]} / {count} GPUs")
            else:
                got = _judge(
                    read, s, t, unit, last[0], f"the same as before it: {last[2]}", faster="the number of GPUs is not stated"
                )
        elif last is not None and restated and ((unit[0] in _GPU_TIME) == last[3] or last[4]):
            got = _judge(read, s, t, unit, last[0], f"the same as before it: {last[2]}")
        elif last is not None and (unit[0] in _GPU_TIME) == last[3] and _another_estimate(gap):
            # `…около 67 суток; встречается оценка около 134 суток`: another source's figure for the same time
            got = _judge(read, s, t, unit, last[0], f"the same time as before it: {last[2]}")
        else:
            got = (
                _per_token(s, t, unit, i, read)
                or _gpu_time(s, t, unit, i, read)
                or _quotient(s, t, unit, i, read)
                or _tokens_over_rate(s, t, unit, i, read)
                or _transfer(s, t, unit, i, read, facts)
                or _compute(s, t, unit, i, read, facts)
                or _inputs_before(s, t, unit, i, read, facts)
                or _model_compute(s, t, unit, i, read)
                or _parallel_rate(s, t, unit, i, read, facts)
            )
            if got is not None and got.claim and got.claim.verdict is Verdict.WRONG and judged and i not in read.own:
                # a later time of the same inputs (`20 s, or just 5 s cached`) may be of another setting
                got = _judge(
                    read, s, t, unit, 0, "", unsure="a second time from the same inputs: what else changed is not stated"
                )
        # a time read against the inputs, even one off by less than 2× (`10 s (12 s with 2 s of queueing)`),
        # leaves any later time of the sentence unsure
        judged = judged or (got is not None and got.claim is not None and id(got) in read.computed)
        last = (
            read.computed.get(id(got))
            if got is not None and got.claim and got.claim.verdict is not Verdict.UNVERIFIABLE
            else None
        )
        if got is not None:
            out.append(got)
    out.extend(_rates_from_times(s, read, read.rate_inputs))
    out.extend(_rates_from_step_times(s, read))
    return out


# another source's figure for the time just said (`; the blog post said`, `; встречается оценка`), with no
# inputs or setting of its own between them (no figure, no `with`/`at`/`при`)
_ANOTHER_SOURCE = guarded(
    r"(?i)\b(?:seen|quoted|said|says|claim|claimed|claims|swears|estimates?|popular)\b"
    r"|(?<!\w)(?:встреча\w*|видел\w*|оценк\w*|писал\w*|пишут|утвержда\w*|говор\w*|стоял\w*|называ\w*)"
)
_OWN_SETTING = guarded(r"(?i)\d|\b(?:with|without|at|if|when|per|each)\b|(?<!\w)(?:при|если|без|когда|на\s+кажд\w*)(?!\w)")


def _another_estimate(gap: str) -> bool:
    return len(gap) <= 80 and _ANOTHER_SOURCE.search(gap) is not None and _OWN_SETTING.search(gap) is None


# the words that make a time an input (`the reported 2,788K GPU-hours`, `заявленные 26 млн GPU-часов`)
_INPUT_BEFORE = guarded(
    r"(?i)(?:\b(?:reported|quoted|given|assumed|budgeted)|(?<!\w)(?:заявленн|указанн|отведённ|отведенн)\w*)"
    r"[^\S\n]+(?:~|≈|about|около|примерно)?[^\S\n]*$"
)


# what makes a time one token's (or one decoding step's): said right after it (`42 ms per token`,
# `0,53 с на токен`) or right before it (`each token takes 40 ms`, `на один токен уходит 50 мс`)
_PER_TOKEN_AFTER = guarded(
    r"(?i)[^\S\n]*(?:(?:per|a|each|every|/)[^\S\n]*(?:(?:decod\w*|output|generated|target|new)[^\S\n]+)?(?:token|tok)\b"
    r"|(?:per|each|every)[^\S\n]+(?:decod\w*|target|generation)[^\S\n]+step\b"
    r"|(?:на|за)[^\S\n]+(?:(?:один|каждый|новый|очередной)[^\S\n]+)?токен(?!\w)|/[^\S\n]*ток(?:ен)?(?!\w)"
    r"|на[^\S\n]+шаг[^\S\n]+декодировани\w*)"
)
_PER_TOKEN_BEFORE = guarded(
    r"(?i)(?:\b(?:each|every|one|a\s+single|a|per)\s+(?:(?:decoded|output|generated|new)\s+)?token\s+(?:takes|costs|needs|is|lasts)"
    r"|(?<!\w)(?:каждый|один|очередной)\s+токен\s+(?:занимает|идёт|идет|генерируется\s+за|требует|—|–)"
    r"|(?<!\w)на\s+(?:один\s+|каждый\s+)?токен\s+(?:уходит|нужно|требуется|тратится|—|–))"
    r"\s*(?:about|around|roughly|~|≈|около|примерно|порядка)?\s*$"
)
# between a rate and the one-token time that restates it (`47 tok/s ceiling, i.e. ~42 ms per step`), or the reverse
_RESTATES = guarded(r"(?i)^[^\d;]{0,40}$")
_RESTATING_WORD = guarded(
    r"(?i)\bi\.\s?e\.|\b(?:that|it|which)\s+is\b|\bthat's\b|\bmeans\b|\bor\b|\bso\b|[=≈→(]|—|–|->|т\.\s?е\.|\bто\s+есть\b|\bэто\b|\bили\b"
    r"|\bзначит\b|\bт\.\s?к\.|\beach\b|\bevery\b|\bкажд\w+|\bодин\b"
)


def _one_token(text: str, t: Quantity, floor: int) -> bool:
    """Time `t` is said to be one token's (or one decoding step's)."""
    if _PER_TOKEN_AFTER.match(text, t.end):
        return True
    return _PER_TOKEN_BEFORE.search(text, max(floor, t.start - 48), t.start) is not None


def _restates(text: str, a: Quantity, b: Quantity) -> bool:
    """What lies between figures `a` and `b` restates the one as the other (short, a restating word, no figure)."""
    gap = text[a.end : b.start]
    return _RESTATES.match(gap) is not None and (_RESTATING_WORD.search(gap) is not None or b.text[:1] in "≈~=")


def _per_token(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read) -> Found | None:
    """`≈ 47 tok/s ceiling, i.e. ~42 ms per target step`: one token's time restating the rate before it is 1 / rate."""
    if not read.rates.count(i) or unit[0] in _GPU_TIME or read.aggregate:
        return None
    rate = read.rates.last(i)
    text = s.unit.masked
    if rate.start not in read.free or rate.bound or rate.hi_printed is not None or not rate.value:
        return None
    if not _one_token(text, t, rate.end):
        return None
    before = _PER_TOKEN_BEFORE.search(text, max(rate.end, t.start - 48), t.start)
    # `При 20 ток/с на токен уходит 50 мс`: the one-token words right after the rate restate it
    right_after = before is not None and not text[rate.end : before.start()].strip(" ,:—–-")
    if not right_after and not _restates(text, rate, t):
        return None
    if read.tokens.count(i) and read.tokens.last(i).start > rate.end:
        return None  # tokens between them: a time of those tokens
    # (the rate stays free: it may be a ceiling the throughput rule checks on its own)
    return _judge(read, s, t, unit, 1.0 / rate.value, f"1 token / {rate.text}")


def _rates_from_step_times(s: Sentence, read: _Read) -> list[Found]:
    """`~42 ms per token, i.e. ≈ 24 tok/s`: a rate restating the one token's time right before it is 1 / that time."""
    if read.aggregate or not read.rates.items:
        return []
    text = s.unit.masked
    out: list[Found] = []
    for k, r in enumerate(read.qs):
        if k == 0 or r.start not in read.free or r.hi_printed is not None or not _token_rate(text, r):
            continue
        t = read.qs[k - 1]
        unit = read.units[k - 1]
        if unit is None or unit[0] in _GPU_TIME or not t.value or t.bound or t.hi_printed is not None:
            continue
        if not _PER_TOKEN_AFTER.match(text, t.end) or not _restates(text, t, r):
            continue
        if k >= 2 and read.units[k - 2] is None and _token_rate(text, read.qs[k - 2]):
            continue  # `47 tok/s, i.e. 21 ms per token, i.e. 47 tok/s`: the time was the rate's restatement
        rate = 1.0 / t.value
        check = compare(r, rate)
        verdict = check.verdict
        why = f"1 token / {t.text} = {rate:,.4g} tok/s; {check.explanation}"
        if verdict in _LOOSE_HOLDS:
            verdict, why = _round_figure(r, rate, verdict, why)
        if verdict is Verdict.WRONG and max(rate / r.value, r.value / rate) < _OFF:
            verdict = Verdict.UNVERIFIABLE
            why += " by less than 2×: the inputs may be rounded"
        claim = make_claim(s.unit, r.start, r.end, "throughput", verdict, why, stated=r.text, recomputed=f"{rate:,.4g}")
        out.append(Found(claim, ((r.start, r.end),)))
    return out


def _judge(
    read: _Read,
    s: Sentence,
    t: Quantity,
    unit: tuple[str, float, str],
    seconds: float,
    how: str,
    *,
    unsure: str = "",
    inputs: tuple[Quantity, ...] = (),
    slower: str = "",
    faster: str = "",
) -> Found:
    key, _, written = unit
    stated = replace(t, bound=_bound(s.unit.masked, t))  # `t.scale` is the seconds per unit written
    end = t.end
    if unsure:
        claim = make_claim(s.unit, t.start, end, "duration", Verdict.UNVERIFIABLE, f"{t.text}: {unsure}", stated=t.text)
        return Found(claim, ((t.start, end), *((q.start, q.end) for q in inputs)))
    check = compare(stated, seconds)
    verdict = check.verdict
    shown = seconds / stated.scale
    # (a figure written with its power of ten: `2.78 × 10^5 s`, the scale 10⁵ s; `1 тыс. GPU-часов` says its own)
    base = TIME_SECONDS.get(key, 0.0) if not _SCALED_UNIT.match(written) else 0.0
    why = f"{how} = {shown:,.4g}{power_of_ten(stated.scale / base) if base else ''} {written}; {check.explanation}"
    if verdict in _LOOSE_HOLDS:
        verdict, why = _round_figure(t, shown, verdict, why)
    if verdict is Verdict.WRONG:
        off = max(shown / t.printed, t.printed / shown) if t.printed and shown else math.inf
        longer = t.printed > shown
        if off < _OFF:
            verdict = Verdict.UNVERIFIABLE
            why += " by less than 2×: the inputs may be rounded"
        elif (longer and slower) or (not longer and faster):
            verdict = Verdict.UNVERIFIABLE  # what the formula leaves out can explain it: no error
            why += f"; {slower if longer else faster}"
    elif verdict is Verdict.UNIT_CONFUSION:
        verdict = Verdict.WRONG
    claim = make_claim(s.unit, t.start, end, "duration", verdict, why, stated=t.text, recomputed=f"{shown:,.4g}")
    got = Found(claim, ((t.start, end), *((q.start, q.end) for q in inputs)))
    one_gpu = key in _GPU_TIME or "GPU ×" not in how or "(1 GPU" in how  # GPU-seconds: a wall time on one GPU
    read.computed[id(got)] = (seconds, end, how, key in _GPU_TIME, one_gpu, key)
    return got


# a pass on the tolerance of a round figure (`100 s`: one significant figure, ±50) or a hedge
_LOOSE_HOLDS = (Verdict.HOLDS_ROUNDING, Verdict.HOLDS_APPROX)


def _round_figure(t: Quantity, shown: float, verdict: Verdict, why: str) -> tuple[Verdict, str]:
    """A round figure's tolerance never covers a factor: off by `_OFF` (2×) or more it is wrong,
    off by more than half again it is unsure; closer, the figure's rounding holds."""
    off = max(shown / t.printed, t.printed / shown) if t.printed > 0 and shown > 0 else math.inf
    if off >= _OFF:
        plain = why.split(" (within rounding)")[0].split(" (approximate)")[0]
        return Verdict.WRONG, f"{plain}: does not match (off by {off:.2g}×)"
    if off > _ROUGH:
        return Verdict.UNVERIFIABLE, f"{why}, but off by {off:.2g}×: a round figure, unsure"
    return verdict, why


# a factor of 2 stated on rounded inputs comes out a little under 2 (1155 for 577.5 × 2)
_OFF = 1.9
# a round figure off by more than this is not held by its rounding (`100 s` for 65 s)
_ROUGH = 1.5
# a time in parentheses after the words of the time before it (`53 hours of wall-clock on the 64 GPUs (2.2 days)`)
_IN_PARENS = guarded(
    r"(?i)^(?:[^\d;()=]|\d{1,5}[^\S\n]?(?:GPUs?|cards?|карт\w*)\b){0,60}\(\s*(?:i\.\s?e\.|or|that\s+is|т\.\s?е\.|то\s+есть|или)?\s*$"
)
_RESTATED = guarded(r"(?i)^\s*(?:,|\(|;)?\s*(?:or|i\.\s?e\.|that\s+is|so|или|то\s+есть|т\.\s?е\.|это)?\s*$")


_MEASURED = guarded(
    r"(?i)\btook\b|\bmeasured\b|in\s+practice|\bactually\b|\bobserved\b|\bзанял[аои]?\b|\bшл[оа]\b|\bдлил\w*"
    r"|на\s+практике|фактически|в\s+реальности|замер\w*|наблюда\w*|получил\w*"
)
# a rate summed over several streams: one stream's time is not tokens / that rate
_AGGREGATE = guarded(
    r"(?i)\b(?:total|aggregate|combined|across|concurrent\w*|users?|requests?|batch\w*|streams?)\b"
    r"|суммарн\w*|в\s+сумме|на\s+всех|одновременн\w*|параллельн\w*|пользовател\w*|запрос\w*|батч\w*|поток\w*"
)
# what says a time is of moving bytes: a verb of reading, writing, sending, or the medium they cross
_MOVES = guarded(
    r"(?i)\b(?:load|read|cop(?:y|ie)|writ|wrote|transf|send|sent|stream|download|upload|mov|sync|pull|push|fetch|sav|restor"
    r"|spill|swap|offload|flush|dump|network|link|disk|ssd|nvme|pcie|nvlink|infiniband|ethernet|gbe|hbm|bandwidth|per\s+token|per\s+step)"
    r"|загруз|перекач|переда|копир|запис|чтени|чита|скач|перегн|сохран|восстанов|выгру|сет[ьи]|канал|диск|шин"
    r"|(?:на|за)\s+(?:один\s+|каждый\s+)?токен(?!\w)"
)
_SLOWER = "a measured time also holds what the formula does not count (overheads, stalls)"
_PEAK = "at a rate with no utilization stated, a longer time is a real run's lower utilization"
_WHICH = "two different inputs of the same kind before it: which one the time is of is not stated"
_LOOSE = "a rate is approximate or a bound, or the time is a whole job's (overheads the note does not state)"


def _quotient(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read) -> Found | None:
    """`A / B ≈ T s`, `A ÷ (B · C) = T GPU-hours`: the quotient, in seconds, in the stated unit."""
    text = s.unit.masked
    qs = read.qs
    if not i or not _equated(text, qs[i - 1], t):
        return None
    gap = text[qs[i - 1].end : t.start].replace(" ", "")
    if gap not in ("=", "≈", "~", ")=", ")≈", ")~", "", ")"):
        return None
    j = i - 1
    denominator = qs[j].value
    while j > 0 and _CHAIN_GAP.match(text[qs[j - 1].end : qs[j].start].replace("(", " ")):
        j -= 1
        denominator *= qs[j].value
    if j == 0 or not re.fullmatch(r"\s*[/÷]\s*\(?\s*", text[qs[j - 1].end : qs[j].start]):
        return None
    closing = ")" in gap
    if closing != ("(" in text[qs[j - 1].end : qs[j].start]) or not denominator:
        return None
    a = qs[j - 1]
    if j > 1 and _CHAIN_GAP.match(text[qs[j - 2].end : a.start]):
        return None  # `x × A / B`: the quotient is of a product this reading does not take
    chain = qs[j:i]
    if any(q.start not in read.free for q in qs[j - 1 : i]):
        return None  # an earlier shape read this quotient (`14 GB / 2 TB/s ≈ 7 ms`)
    # the quotient is in seconds only when it divides by a rate the sentence states (`400 TFLOP/s`
    # … `7,7·10²¹ / 4·10¹⁴`): `1000 / 92 ≈ 10.9 ms` is milliseconds per frame
    rates = [r for q in chain if (r := _flops_rate(text, q) or _bandwidth(text, q)) is not None]
    said = any(abs(q.value - r) <= 0.03 * r for q in chain for r in rates if r)
    if not said and not any(read.rate_before(q.value, j - 1) for q in chain if q.value > 0):
        return None
    how = f"{a.text} / {'(' if closing else ''}{' · '.join(q.text for q in chain)}{')' if closing else ''} s"
    return _judge(read, s, t, unit, a.value / denominator, how)


def _own_inputs(read: _Read, i: int) -> bool:
    """`200 tokens at 26 tok/s take 7.7 s; 400 tokens at 125 tok/s take 6.4 s`: the tokens and the rate
    nearest before time `i` both lie after the time before it, so they are its own inputs, not the
    earlier time's."""
    k = read.rates.count(i)
    if not k or not read.tokens.count(i):
        return False
    previous = next((j for j in range(i - 1, -1, -1) if read.units[j] is not None), -1)
    if previous < 0:
        return False
    return read.rates.items[k - 1][0] > previous and read.tokens.items[read.tokens.count(i) - 1][0] > previous


def _tokens_over_rate(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read) -> Found | None:
    """`500 tokens at 40 tok/s take 12.5 s`: tokens / throughput; the rate may also come right after the
    time it is the condition of (`500 tokens take 12.5 s at 40 tok/s`, `займёт 20 с при 25 ток/с`)."""
    if not read.tokens.count(i) or unit[0] in _GPU_TIME:
        return None
    # the rate said with this time (`30 s at 40 tok/s, 10 s at 120 tok/s`), where the sentence states two, or it follows
    pair = read.rate_pairs[0].get(i)
    mine = pair[2] if pair is not None and (pair[0] > i or read.rates.split < math.inf) else None
    after = read.qs[i + 1] if i + 1 < len(read.qs) else None
    then = (
        after is not None
        and not read.rates.count(i)
        and _token_rate(s.unit.masked, after)
        and _AT_RATE.fullmatch(s.unit.masked, t.end, after.start) is not None
    )
    if not read.rates.count(i) and not then and mine is None:
        return None
    before = read.qs[i - 1].end if i else s.start
    if _OTHER_PHASE.search(s.unit.masked, max(s.start, before, t.start - 60), t.start):
        return None  # `скорость 40 ток/с, время загрузки модели 12 с`: the time of loading, not of the tokens
    own = _own_inputs(read, i) if not then else False
    if mine is not None:
        if read.tokens.disagree(i) and not own:
            return _judge(read, s, t, unit, 0, "", unsure=_WHICH)
        own = own or read.rates.split < math.inf  # its own rate: another setting than the time before it
    elif not own and ((read.rates.count(i) and read.rates.disagree(i)) or read.tokens.disagree(i)):
        return _judge(read, s, t, unit, 0, "", unsure=_WHICH)
    if mine is not None:
        rate, n = mine, read.tokens.last(i)
    else:
        rate, n = (after, read.tokens.last(i)) if then and after is not None else (read.rates.last(i), read.tokens.last(i))
    # the rate is this duration's input, not a claim of its own, unless a size or bandwidth in the
    # sentence lets the throughput rule bound it
    inputs = () if read.bytes_or_bandwidth else (rate,)
    if read.aggregate:
        return _judge(
            read, s, t, unit, 0, "", unsure="the rate may be a total over users or a batch, not one stream's", inputs=inputs
        )
    if rate.bound or rate.hi_printed is not None or not rate.value:
        # (a hedged rate, `about 5.3 tok/s`, is rounded at most: a time off by 2× from it is still wrong)
        return _judge(read, s, t, unit, 0, "", unsure=f"the rate {rate.text} is a bound or a range", inputs=inputs)
    if own:
        read.own.add(i)
    slower = _SLOWER if read.measured else ""
    faster = ""
    if not read.prompt and _a_wait(s.unit.masked, read.qs, i):
        # a time to the first token, a queue, a warm-up: not the decode time of the tokens
        slower = faster = "the time is a wait (first token, queue, warm-up), not the tokens' decode time"
    read.rate_inputs.add(rate.start)
    gpus = _devices_for(read, s, t, s.unit.masked, rate, [])
    if not gpus:
        return _judge(read, s, t, unit, 0, "", unsure="the rate is one GPU's, and how many run is not said", inputs=inputs)
    if gpus > 1:
        how = f"{n.text} / ({rate.text} × {gpus} GPUs)"
        return _judge(read, s, t, unit, n.value / (rate.value * gpus), how, inputs=inputs, slower=slower, faster=faster)
    return _judge(read, s, t, unit, n.value / rate.value, f"{n.text} / {rate.text}", inputs=inputs, slower=slower, faster=faster)


# a time said of another phase than generating the tokens (loading, downloading, compiling, starting)
_OTHER_PHASE = guarded(
    r"(?i)\b(?:load\w*|download\w*|compil\w*|boot\w*|initiali[sz]\w*|restart\w*)\b"
    r"|загрузк\w*|загружа\w*|скачива\w*|компил\w*|запуск\w*|инициализ\w*|перезапуск\w*"
)
# a rate of another phase than the tokens and time before it (`prefilled in 0.5 s; decoding then runs at 40 tok/s`)
_PHASE_CHANGE = guarded(
    r";|\b(?:then|after\s+that|afterwards|while|whereas|decod\w*|generat\w*|output)\b"
    r"|\bзатем\b|\bпотом\b|\bдалее\b|\bпосле\s+этого\b|\bа\s+|декод\w*|генерац\w*|генериру\w*"
)


# between a wall time and the GPU time it makes: the devices it ran on, then an equals sign or a joiner
# (`3 days on 8 GPUs = 576 GPU-hours`, `8 ч на 8 картах — 64 GPU-часа`)
_WALL_TO_GPU_TIME = guarded(
    r"(?i)(?:[^\S\n]*,?[^\S\n]*(?:on|across|over|with|using|на)[^\S\n]+[^=≈→:;.—–\n]{1,30}?)?"
    r"[^\S\n]*(?:[=≈→:—–]|->|,?[^\S\n]*(?:i\.\s?e\.|that\s+is|or|so|т\.\s?е\.|то\s+есть|это|или))[^\S\n]*(?:about|около|примерно|~|≈)?[^\S\n]*"
)


def _gpu_time(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read) -> Found | None:
    """`Training took 3 days on 8 GPUs = 576 GPU-hours`: a GPU time equated with a wall time on the
    sentence's one GPU count is their product."""
    if i == 0:
        return None
    if unit[0] not in _GPU_TIME:
        return _wall_from_gpu_time(s, t, unit, i, read)
    k = i - 1
    while k >= 0 and read.units[k] is None and t.start - read.qs[k].end < 40:
        k -= 1  # the GPU count (`on 8 GPUs`) between them
    wall_unit = read.units[k] if k >= 0 else None
    if wall_unit is None or wall_unit[0] in _GPU_TIME:
        return None
    wall = read.qs[k]
    if wall.hi_printed is not None:
        return None
    # the equals sign may be read as the GPU time's hedge (`8 карт × 111 ч ≈ 889 GPU-часов`)
    signed = t.hedge and t.text[:1] in "≈~" and not s.unit.masked[wall.end : t.start].strip()
    if not signed and _WALL_TO_GPU_TIME.fullmatch(s.unit.masked, wall.end, t.start) is None:
        return None
    count = read.count
    if not count:
        return None
    seconds = wall.value * count  # a time's value is in seconds
    return _judge(read, s, t, unit, seconds, f"{wall.text} × {count} GPUs")


def _wall_from_gpu_time(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read) -> Found | None:
    """`about 2,800 GPU-days, i.e. 11 days of wall clock on the 256 GPUs`: a wall time restating the
    GPU time right before it is that time over the GPUs said with it (or the sentence's one count)."""
    k = i - 1
    if k > 0 and read.units[k] is None and t.start - read.qs[k].end < 30:
        k -= 1  # the GPU count between them (`, то есть на 16 384 H100 около 67 суток`)
    gpu = read.qs[k]
    gpu_unit = read.units[k]
    if gpu_unit is None or gpu_unit[0] not in _GPU_TIME or gpu.hi_printed is not None:
        return None
    gap = s.unit.masked[gpu.end : t.start]
    on = _ON_GPUS_IN_GAP.search(s.unit.text, gpu.end, t.start)
    if k < i - 1 and (on is None or not on.start() <= read.qs[i - 1].start < on.end()):
        return None
    said = int(re.sub(r"\D", "", on.group(1))) if on is not None else None
    if on is not None:
        gap = s.unit.text[gpu.end : on.start()] + s.unit.text[on.end() : t.start]
    if not _RESTATED.match(gap) and not _COPULA.match(gap):
        return None
    if k in read.doubtful:
        return _judge(read, s, t, unit, 0, "", unsure=f"it restates {gpu.text}, itself far from the inputs above")
    count = said or read.count_after(s.unit.text, t) or _count_later(s.unit.text, t.end, s.end) or read.count
    if not count:
        return None
    return _judge(read, s, t, unit, gpu.value / count, f"{gpu.text} / {count} GPUs")


# the GPUs a restated wall time is on, said between it and the GPU time (`i.e. on 256 GPUs about 11 days`)
_ON_GPUS_IN_GAP = guarded(
    r"(?i)(?:on|across|over|на)[^\S\n]+(?:the[^\S\n]+|all[^\S\n]+)?(\d{1,3}(?:[\u00a0\u202f\u2009 ,]\d{3})+|\d{1,6})"
    r"[^\S\n]*(?:GPUs?|cards?|карт\w*|[ABH]\d{3}s?)(?!\w)"
)


# a GPU time said to be a wall time (`the 2,788K GPU-hours are about 57 days`, `это около 30 дней`)
_COPULA = guarded(
    r"(?i)^[^\S\n]*(?:are|is|make|makes|come\s+to|comes\s+to|equals?|amounts?\s+to|mean|means|составля\w*|выход\w*|[=≈→—–])[^\S\n]*$"
)


def _count_later(raw: str, start: int, end: int) -> int | None:
    """The GPU count said in the few words after a wall time (`11 days of wall clock on the 256 GPUs`)."""
    m = _ON_COUNT_LATER.match(raw, start, min(end, start + 40))
    return int(m.group(1)) if m else None


_ON_COUNT_LATER = guarded(
    r"(?i)[^\d.;]{0,30}?\b(?:on|across|over|на)\s+(?:the\s+|all\s+)?(\d{1,5})\s*(?:GPUs?|cards?|карт\w*|[ABH]\d{3}s?)\b"
)


# the words between a time and the rate it is stated at (`20 s at 25 tok/s`, `20 с при 25 ток/с`)
_AT_RATE = guarded(
    r"(?i)[^\S\n]*,?[^\S\n]*(?:at|with|on|при|на|со[^\S\n]+скоростью|в[^\S\n]+темпе)[^\S\n]+(?:~|≈|about|около)?[^\S\n]*"
)


def _transfer(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read, facts: NoteFacts) -> Found | None:
    """`С NVMe на 7 ГБ/с загрузка 141 ГБ занимает 20 с`: the size over the bandwidth, either order. A time reads its own
    bandwidth (`52 ms at 307 GB/s, 209 ms at 76.8 GB/s`: `own_rates`), else the ones before it that no other time owns."""
    if unit[0] in _GPU_TIME or not read.speeds.items:
        return None
    pairs, owned = read.speed_pairs
    pair = pairs.get(i)
    several_speeds = read.speeds.split < math.inf
    if pair is not None and (pair[0] > i or several_speeds):
        if pair[2].start not in read.free:
            return None  # an earlier shape read this bandwidth (size over bandwidth = time)
        chosen, which = pair, False
        if several_speeds:
            read.own.add(i)  # its own bandwidth: another setting than the time before it, not the same inputs
    else:
        said = read.speeds.items[: read.speeds.count(i)]
        if not said or read.taken_speed < i:
            return None  # no bandwidth before it, or an earlier shape read one (size over bandwidth = time)
        # a bandwidth said right after another time is that time's (`52 ms at 307 GB/s, 104 ms …`)
        said = [x for x in said if x[2].start not in owned] or said
        chosen = (said[-1][0], said[0][1], said[-1][2])
        which = len(_distinct([v for _, v, _ in said])) > 1
    sizes = [read.sizes.first_value()] if read.sizes.count(i) else []
    several = read.sizes.disagree(i)
    size_text = ""
    if not sizes:
        if read.sizes.items and read.refers_back_end > t.start:
            return None  # `5 МБ/с в течение 24 ч = 432 ГБ`: the sentence's own size, said after; never the line above's
        above = facts.lines_above.get(s.unit.line, ())
        back = read.refers_back_end <= t.start or _OBJECT_BACK.search(s.unit.masked, s.start, t.start) is not None
        before = s.unit.masked[max(0, s.start - 300) : s.start]  # the line's sentences before this one
        if (
            back
            and not read.sizes.items
            and any(ch.isdigit() for ch in before)
            and not (
                _WEIGHTS_NOUN.search(s.unit.text, s.start, t.start) and not _SAME_WEIGHTS.search(s.unit.text, s.start, t.start)
            )
        ):  # (`Loading the bf16 weights into it …`: the sentence names what it moves; `it` is the device)
            # `На токен читается 37 ГБ весов. Одна H200 (4,8 ТБ/с) прочитает их за 7,7 мс.`: the size said just before
            found = _sizes(before, list(_quantities(before)))
            if found:
                sizes = _distinct([q.value for q in found])
                several = len(sizes) > 1
                size_text = f"{found[-1].text} (said before)"
        # `Loading the bf16 weights into it …`: the sentence names what it moves (not `те же веса`, `these weights`)
        names_weights = _WEIGHTS_NOUN.search(s.unit.text, s.start, t.start) is not None and not _SAME_WEIGHTS.search(
            s.unit.text, s.start, t.start
        )
        if not sizes and above and not (back and names_weights) and (back or _a_transfer(_flatten(above[0]))):
            # the sentence refers back, or goes on from a line that moved a size over a link (`Over 10 GbE: 14 s.`)
            line = _flatten(above[0])
            found = _sizes(line, list(_quantities(line)))
            sizes = _distinct([q.value for q in found])
            several = len(sizes) > 1
            size_text = f"{found[0].text} (the line above)" if found else ""
        if not sizes and not read.sizes.items and read.moves:
            weights = _weights_moved(s, facts)  # `about 27 s to read the bf16 weights`: the model's weights in that dtype
            if weights is not None:
                sizes, size_text = [weights[0]], weights[1]
        if not sizes:
            return None
    else:
        size_text = read.sizes.last(i).text
    if which or several:
        return _judge(read, s, t, unit, 0, "", unsure=_WHICH)
    speed = chosen[2]
    via = speed.text.lower().startswith("over ")  # `over 40 Gbit/s`: across the link, not more than
    if (speed.bound and not via) or read.wall_clock:  # (a hedged bandwidth is rounded, not a bound)
        return _judge(read, s, t, unit, 0, "", unsure=_LOOSE)
    if not read.moves:
        return _judge(read, s, t, unit, 0, "", unsure="the sentence does not say the time is of moving the size")
    bits = " (bits: ÷ 8)" if speed.kind in ("number", "bitrate") else ""
    slower = _SLOWER if read.measured else ""
    return _judge(read, s, t, unit, sizes[0] / chosen[1], f"{size_text} / {speed.text}{bits}", slower=slower)


# the weights as what is moved (`the bf16 weights`, `весов`, `the checkpoint`, `the Q4_K_M file`), and what is no weights
_WEIGHTS_NOUN = guarded(
    r"(?i)\bweights?\b|\bcheckpoints?\b|\bsafetensors\b|\b(?:gguf\s+)?file\b|\bshards?\b|(?<!\w)вес(?:а|ов|ами)?(?!\w)"
    r"|чекпо[иі]нт\w*|(?<!\w)файл\w*"
)
_SAME_WEIGHTS = guarded(
    r"(?i)\b(?:the\s+same|these|those|that|this)\s+(?:[\w-]+\s+)?(?:weights|checkpoint|file)\b"
    r"|(?<!\w)(?:те\s+же|эти|этих|этот|тот\s+же)\s+(?:[\w-]+\s+)?(?:вес\w*|чекпо\w*|файл\w*)"
)
_NOT_WEIGHTS = guarded(
    r"(?i)\bKV\b|\bcache\b|кэш\w*|кеш\w*|activation\w*|активаци\w*|optimi[sz]er|оптимизатор\w*|gradient\w*|градиент\w*"
    r"|\bLoRA\b|adapter\w*|адаптер\w*|\bper\s+token\b|на\s+токен|dataset\w*|датасет\w*|корпус\w*|\bexperts?\b|эксперт\w*|\bshare\b|дол[яи]\b"
    # a part of the weights: one device's shard, the active experts', what one generated token reads
    r"|\bTP\b|\bPP\b|\bits\s+shard\b|\beach\s+(?:GPU|card|device)\b|\bper\s+(?:GPU|card|device)\b|на\s+кажд\w*|\bactive\b|активн\w*"
    r"|\bper\s+generated\s+token\b|\bevery\s+(?:generated\s+)?token\b|кажд\w*\s+токен"
)


def _weights_moved(s: Sentence, facts: NoteFacts) -> tuple[float, str] | None:
    """The bytes of the weights a sentence moves that states no size: its one model (else the note's, named above)
    in its one dtype, every parameter (a mixture of experts' file holds all of them). None when either is open."""
    raw = s.unit.text
    if not _WEIGHTS_NOUN.search(raw, s.start, s.end) or _NOT_WEIGHTS.search(raw, s.start, s.end):
        return None
    dtypes = {d.name: d for d in in_range(s.dtypes, s.start, s.end)}
    if len(dtypes) != 1:
        return None
    dtype = next(iter(dtypes.values()))
    own = {m.config.name: m for m in s.models if m.config is not None and s.start <= m.start < s.end}
    if len(own) > 1 or any(m.config is None and s.start <= m.start < s.end for m in s.models):
        return None
    model = next(iter(own.values())) if own else context_model(s, facts)
    where = "" if own else " (named above)"
    if model is None or model.config is None:
        return None
    if dtype.gguf:
        try:
            size = gguf_bytes(model.config, dtype.name)
        except KeyError:
            return None
        return size, f"{model.text}{where} as {dtype.name.upper()} ({size / 1e9:.2f} GB)"
    total = float(count_parameters(model.config).total)
    return total * dtype.bytes, f"{model.text}{where} {total / 1e9:.2f}B × {dtype.bytes:g} B ({dtype.name})"


# a pronoun that takes its object from the text before (`reads them in 7.7 ms`, `прочитает их за 7,7 мс`)
_OBJECT_BACK = guarded(r"(?i)\b(?:them|it)\b|(?<!\w)(?:их|его|её|ее)(?!\w)")


def _a_transfer(line: str) -> bool:
    """A line that states a size, a bandwidth and a time of moving it."""
    qs = list(_quantities(line))
    return (
        len(_distinct([q.value for q in _sizes(line, qs)])) == 1
        and any(_bandwidth(line, q) is not None for q in qs)
        and any(_time_unit(line, q) is not None for q in qs)
        and _says(_MOVES, line)
    )


def _compute(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read, facts: NoteFacts) -> Found | None:
    """FLOPs / (GPUs × FLOP/s per GPU × utilization): a compute time in seconds … days or GPU-hours."""
    raw = read.raw  # GPU names are blanked in the masked text
    util = read.util
    # the GPUs said with this time first, else the sentence's one count, else the one said in its own clause
    count = read.count_after(s.unit.text, t) or read.count
    if not count:
        count = _clause_count(read, s, i)
        if count:
            read.own.add(i)  # its own GPUs: another setting than the time before it, not the same inputs
    above = read.above(facts)
    flops_line = raw
    flops_from = ""
    if read.flops.count(i):
        if read.flops.disagree(i):
            return None
        flops = read.flops.first_value()
    else:
        # the FLOPs of the nearest line above that states any, when this sentence states something
        # of the computation (a rate, a utilization, a GPU count) and refers back to it, or of the
        # nearest line above naming the one model this sentence names (`Training GPT-3 on 1024 A100 …`)
        labelled = unit[0] in _GPU_TIME and _GPU_TIME_LABEL.search(s.unit.text, max(s.start, t.start - 64), t.start) is not None
        if not (read.any_flops_rate or util is not None or count or labelled):
            return None
        if count and unit[0] not in _GPU_TIME and above and not (read.any_flops_rate or util is not None or read.flops.items):
            # `≈ 1,47 млн GPU-часов.` / `На 2048 картах A100 — около 30 дней; на 4096 — около 60`: the GPU time
            # of the line right above over the GPUs each time is said with
            got = _over_gpus_above(read, s, t, unit, count, above[0])
            if got is not None:
                return got
        model = "" if read.refers_back else _one_model(s)
        right_below = False
        if not read.refers_back and not model:
            # `$C = 6ND$ = 2.9e20 FLOP.` / `On 8 A100s (312 TFLOPS each) at 40 % MFU: about 81 hours`: a sentence
            # that states the utilization (MFU: a planned compute time's input), naming no model and no epochs
            # (`We ran 3 epochs in 2 h`: a run of its own), just below the FLOPs (two lines at most)
            # (or a GPU time said under its label, `- GPU-часов: ≈ 4 130`, which names what the figure is of)
            if (util is None and not labelled) or _EPOCHS.search(read.sentence):
                return None
            right_below = True
        if read.big_unnamed:
            return None  # a count of its own it does not name (`7,7·10²¹ / 4·10¹⁴`): not the line above's FLOPs
        if read.flops.items:
            return None  # FLOPs of its own after the time (`took 21 days …, that is 2.5e24 FLOP`): not the line above's
        if count and unit[0] not in _GPU_TIME and above:
            # `На 64 картах это около 43 часов` after a line that states the GPU-hours: those over the GPUs
            got = _over_gpus_above(read, s, t, unit, count, above[0])
            if got is not None:
                return got
        flops = 0.0
        for line in above[:2] if right_below else above:
            found = _line_flops(line)
            if found and model and model not in _line_models(line):
                continue  # the FLOPs of another model
            if found:
                if len(found) > 1:
                    return None
                flops, flops_line, flops_from = found[0], line, " (the line above)"
                break
        if not flops:
            return None
        if util is None:
            # the utilization of the lines from the FLOPs' down to this one (`64 × H100 …, planning MFU 40 %`
            # between `4.8 × 10^21 FLOP` and `→ 6,760 GPU-hours`), nearest first; two that differ: none
            upto = above[: above.index(flops_line) + 1] if flops_line in above else [flops_line]
            said = _distinct([u for x in upto if (u := _utilization(x)) is not None])
            util = said[0] if len(said) == 1 else None
    names = read.names or _gpu_names(flops_line)
    gpu = names[0].replace(" ", "") if len(set(names)) == 1 else ""
    earlier = s.unit.text[max(0, s.start - 300) : s.start]  # the line's sentences just before this one, then the lines above
    mine = read.flop_rate_pairs.get(i)
    rate: float | None
    if mine is not None:
        # `10,000 GPU-hours at 100 TFLOP/s, 2,500 at 400 TFLOP/s`: the FLOP/s said with this time, of two the sentence states
        rate, hedged = mine[1], bool(mine[2].bound)
        read.own.add(i)
    else:
        rate, hedged = _rate_for(gpu, (raw, earlier, *above))
    if rate is None and gpu:
        rate, hedged = _rate_for("", (raw,))
    if rate is None and gpu:
        # `Узел выдаёт 8 × 989 TFLOPS` above `… на одной H100`: a rate stated with no device named, on
        # lines that name no other device than the sentence's, is that device's
        lines = tuple(x for x in (earlier, *above) if {n.replace(" ", "") for n in _gpu_names(x)} <= {gpu})
        rate, hedged = _rate_for("", lines)
    published = ""
    variants: tuple[float, ...] = ()
    if rate is None and gpu in _PUBLISHED_PEAK and util and 0 < util <= 1 and t.value > 0:
        # `На 8 × H100 при MFU 40 % — 4,2 часа`: the device's published dense 16-bit peak; of a name that leaves the
        # variant open (an H100: 756 or 989 TFLOP/s) the one the sentence names, else the one nearest the figure (chosen
        # below, on the FLOPs the time is judged by): wrong only if the figure is off under every variant
        variants = _PUBLISHED_PEAK[gpu]
        named_variant = _VARIANT.search(raw)
        if named_variant is not None and len(variants) == 2:
            variants = (variants[0],) if named_variant.group(0).lower().startswith("pci") else (variants[1],)
        rate, hedged, published = variants[0], False, f" ({gpu}'s published peak)"
    if rate is None:
        if read.any_flops_rate or read.flops.count(i):
            return _judge(read, s, t, unit, 0, "", unsure="the FLOP/s per GPU it divides by is not stated once")
        return None
    if hedged or read.wall_clock_of(i):
        return _judge(read, s, t, unit, 0, "", unsure=_LOOSE)
    u = util if util is not None else 1.0
    if not u or u > 1:
        return None
    gpu_seconds = flops / (rate * u)
    per = f" × {u:.0%}" if util is not None else ""
    # at a rate with no utilization stated, or a time measured, a longer time is real utilization
    slower = _PEAK if util is None else _SLOWER if read.measured_raw else ""
    n = 1 if unit[0] in _GPU_TIME else count or 1
    if flops_from:
        # the FLOPs of a line above are an input the time is judged on only where they are right: a time
        # off from a wrong FLOP count is checked against the right count, else unsure
        off = max(gpu_seconds / n / t.value, t.value * n / gpu_seconds) if t.value and gpu_seconds else math.inf
        j = above.index(flops_line) if flops_line in above else -1
        right, recomputed = _right_flops(s, facts, flops_line, flops, above[j + 1] if 0 <= j < len(above) - 1 else "")
        if right is None and off >= _OFF:
            read.doubtful.add(i)  # a wall time restating this one has no sure input either
            return _judge(read, s, t, unit, 0, "", unsure=recomputed)
        if right is not None and right != flops:
            gpu_seconds *= right / flops
            flops, flops_from = right, recomputed
    if len(variants) > 1:
        n_for = 1 if unit[0] in _GPU_TIME else count or 1
        rate = min(variants, key=lambda r: abs(math.log(flops / (r * u) / n_for / t.value)))
        gpu_seconds = flops / (rate * u)
    if unit[0] in _GPU_TIME:
        how = f"{flops:.4g} FLOP{flops_from} / ({rate:.4g} FLOP/s{published}{per})"
        return _judge(read, s, t, unit, gpu_seconds, how, slower=slower)
    # a wall-clock time with no GPU count: one GPU is the reading, and more GPUs (unstated) make it shorter
    faster = "" if count is not None else "the number of GPUs is not stated"
    how = f"{flops:.4g} FLOP{flops_from} / ({n} GPU × {rate:.4g} FLOP/s{published}{per})"
    return _judge(read, s, t, unit, gpu_seconds / n, how, slower=slower, faster=faster)


def _over_gpus_above(read: _Read, s: Sentence, t: Quantity, unit: tuple[str, float, str], count: int, line: str) -> Found | None:
    """A wall time over `count` GPUs below a line that states one GPU time: that time over the GPUs."""
    hours = [q for q in _quantities(line) if (k := _time_unit(line, q)) is not None and k[0] in _GPU_TIME]
    if len(_distinct([q.value for q in hours])) != 1:
        return None
    q = hours[0]
    how = f"{q.text} (the line above) / {count} GPUs"
    return _judge(read, s, t, unit, q.value / count, how, slower=_SLOWER if read.measured_raw else "")


# where a clause of a list of settings begins (`На 2048 картах — 30 дней; на 4096 картах — 60 дней`)
_CLAUSE_START = guarded(r"[;.!?]")


def _clause_count(read: _Read, s: Sentence, i: int) -> int | None:
    """The one GPU count said in time `i`'s own clause, before it: from the time before it (or a `;`) on."""
    t = read.qs[i]
    lo = next((read.qs[k].end for k in range(i - 1, -1, -1) if read.units[k] is not None), s.start)
    raw = s.unit.text
    cut = max((m.end() for m in _CLAUSE_START.finditer(raw, lo, t.start)), default=lo)
    counts = {int(re.sub(r"\D", "", m.group("n"))) for m in _GPU_COUNT.finditer(raw, cut, t.start) if m.group("n")}
    return counts.pop() if len(counts) == 1 else None


# the FLOPs formula a line states (`6·N·D`, `2 × N × D`, `6ND`): its coefficient
_FLOPS_FORMULA = guarded(r"(?<![\w.,])(?P<k>[246])[ \t]*[·⋅×*xх]?[ \t]*N(?:_?\{?\w{1,6}\}?)?[ \t]*[·⋅×*xх]?[ \t]*D(?!\w)")
_LIST_ITEM = guarded(r"[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]")
_UNSURE_FLOPS = "the line above states the data of its FLOPs but no model to recompute them with: a time far from them is unsure"


_TIMES_SIGN = guarded(r"\s*[×x*·⋅]\s*")


def _written_product(line: str, flops: float) -> float | None:
    """The product a line writes out before its FLOP count when it is not that count (`6 × 1,54 млрд × 30 млрд =
    2,78 × 10¹⁹ FLOP`: the factors give 2.77e20): the count the line should state. None where the line writes no
    product of three or more plain factors right before `=`, or the product is the count."""
    every = _quantities(line[:600])
    qs = [q for q in every if q.kind in ("count", "number", "tokens") and q.hi_printed is None]
    for k in range(len(qs) - 1, 1, -1):
        eq = line.find("=", qs[k].end, qs[k].end + 4)
        if eq < 0:
            continue
        result = next((q for q in every if q.start > eq), None)
        if result is None or result.start > eq + 6 or abs(result.value - flops) > 1e-6 * flops:
            return None  # (what the `=` gives is not the FLOP count: `on 2 × 2 × 2 = 8 GPUs`)
        factors = [qs[k]]
        j = k
        while j > 0 and _TIMES_SIGN.fullmatch(line, qs[j - 1].end, qs[j].start):
            factors.append(qs[j - 1])
            j -= 1
        if len(factors) < 3:
            return None
        product = math.prod(q.value for q in factors)
        return product if product > 0 and abs(product - flops) > 0.1 * product else None
    return None


def _right_flops(s: Sentence, facts: NoteFacts, line: str, flops: float, upper: str = "") -> tuple[float | None, str]:
    """The FLOP count a line above should state (`Обучение на 1 млрд токенов: 6·N·D ≈ 4,8·10²⁰ FLOP`):
    k × N × D with the data it states and the parameters (total or active) of the one model it or the
    sentence is about; the stated count where it is that, or where the line states no formula and data
    (`Compute: 4.8 × 10^21 FLOP.`: the note's input). None (with why) where the line states the data but
    no model to recompute it with."""
    from vaultkit.claims.shapes.flops import _epochs  # the shapes import each other: read at call time
    from vaultkit.claims.shapes.sized import context_model

    written = _written_product(line, flops)
    if written is not None:
        return written, f" (the line above's product {written:.4g}, not its stated {flops:.4g})"
    formula = _FLOPS_FORMULA.search(line)
    if formula is None and upper and _line_flops(upper) and _LIST_ITEM.match(line) and _LIST_ITEM.match(upper):
        # `- GPT-2 XL на 100 млрд токенов: 9,3·10²¹ FLOP.` under `- GPT-2 small …: 6 · N · D = …`: the list's formula
        formula = _FLOPS_FORMULA.search(upper)
    data = _distinct([q.value for q in _quantities(line) if q.kind == "tokens" and q.hi_printed is None and q.value >= 1e6])
    if formula is None or not data:
        return flops, ""  # a count the line states with no data to recompute it from: the note's input, as stated
    if len(data) != 1:
        return None, _UNSURE_FLOPS
    names = _line_models(line)
    config = None
    if len(names) == 1:
        config = next(m.config for m in find_mentions(line) if m.config is not None)
    elif not names:
        model = context_model(s, facts)
        config = model.config if model is not None else None
    if config is None:
        return None, _UNSURE_FLOPS
    counts = count_parameters(config)
    k = int(formula.group("k")) * _epochs(line)  # `1,2 млрд токенов, 2 эпохи`: the data seen twice
    options = [k * float(counts.total) * data[0]]
    if counts.active != counts.total:
        options.append(k * float(counts.active) * data[0])
    if any(abs(flops - o) <= 0.1 * o for o in options):
        return flops, ""
    if len(options) > 1:
        return None, _UNSURE_FLOPS  # which parameters a wrong count of an MoE was meant to use is not said
    return options[0], f" (the line above's FLOPs recomputed: {k} × {config.name} × {data[0]:.4g} tokens)"


# a time before the answer's tokens: the wait for the first token, a queue, a warm-up (not the decode time)
_WAIT = guarded(
    r"(?i)\bTTFT\b|time[-\s]to[-\s]first|first[-\s]token|latency|queu\w*|wait\w*|warm[-\s]?up|cold[-\s]?start|start[-\s]?up"
    r"|перв\w+\s+токен\w*|задержк\w*|латентн\w*|ожидани\w*|очеред\w*|прогрев\w*|холодн\w+\s+старт\w*"
)
# … said right after the time (`0.4 s to the first token`, `2 s of queueing`, `0,5 с до первого токена`)
_WAIT_AFTER = guarded(
    r"(?i)[^\S\n]*(?:(?:to|of|for|until|before|in|до|в|на)\s+)?(?:the\s+|a\s+)?(?:" + _WAIT.pattern[4:] + ")"
)
# the tokens of a prompt: their time to the first token is the prefill's
_PROMPT = guarded(
    r"(?i)\bprefill\w*|\bpre-fill\w*|\bprompt\w*|\bcontext\b|\binput\b|промпт\w*|префилл?\w*|контекст\w*|входн\w*"
)


def _a_wait(text: str, qs: list[Quantity], i: int) -> bool:
    """Time `qs[i]` is labelled a wait (time to first token, a queue, a warm-up), before or after it."""
    t = qs[i]
    start = max(t.start - 48, qs[i - 1].end if i else 0)
    return _WAIT.search(text, start, t.start) is not None or _WAIT_AFTER.match(text, t.end) is not None


# a time that ends a phase before the tokens (`0.5 s, then 300 tokens`)
_THEN = guarded(r"(?i)\b(?:then|after\s+that|afterwards|followed\s+by)\b|\bзатем\b|\bпотом\b|\bпосле\s+этого\b|\bдалее\b")


def _rates_from_times(s: Sentence, read: _Read, inputs: set[int]) -> list[Found]:
    """`300 tokens in 12 s, i.e. 25 tok/s`: a rate after tokens and a time is their quotient.
    Only the sentence's first rate can be (a later one has a rate before it); read in one pass."""
    text = s.unit.masked
    free = read.free
    times: list[tuple[Quantity, tuple[str, float, str]]] = []
    tokens: list[Quantity] = []
    for k, r in enumerate(read.qs):
        if r.kind in ("bandwidth", "bytes"):
            return []
        if r.kind != "throughput":
            if len(times) > 1 or len(tokens) > 1:
                return []
            u = read.units[k]
            if u is not None and u[0] not in _GPU_TIME:
                times.append((r, u))
            elif r.kind == "tokens" and r.hi_printed is None and not _token_rate(text, r):
                tokens.append(r)
            continue
        break
    else:
        return []
    if r.start not in free or r.hi_printed is not None or r.start in inputs or len(times) != 1 or len(tokens) != 1:
        return []  # a rate a duration of the sentence divides by is that duration's input
    (t, _), n = times[0], tokens[0]
    if not t.value:
        return []
    if _PROMPT.search(text, s.start, max(t.start, n.start)) and _PHASE_CHANGE.search(text, max(t.end, n.end), r.start):
        return []  # the prompt's time, then the decoding's rate: two phases, no quotient
    rate = n.value / t.value  # `t.value` is in seconds
    check = compare(r, rate)
    verdict = check.verdict
    why = f"{n.text} / {t.text} = {rate:,.4g} tok/s; {check.explanation}"
    if verdict in _LOOSE_HOLDS:
        verdict, why = _round_figure(r, rate, verdict, why)
    if verdict is Verdict.WRONG and max(rate / r.value, r.value / rate) < 2:
        verdict = Verdict.UNVERIFIABLE
    near = text[max(s.start, t.start - 48) : min(s.end, t.end + 24)]
    if verdict is Verdict.WRONG and (_WAIT.search(near) or (t.start < n.start and _THEN.search(text, t.end, n.start))):
        verdict = Verdict.UNVERIFIABLE  # the time of a wait or an earlier phase, not of generating the tokens
        why += "; the time may be a wait (first token, queue) or an earlier phase, not the tokens' decode time"
    claim = make_claim(s.unit, r.start, r.end, "throughput", verdict, why, stated=r.text, recomputed=f"{rate:,.4g}")
    return [Found(claim, ((r.start, r.end),))]


# a sentence that goes on from a rate stated before it (`Значит, 1000 токенов сгенерируются за 1,3 с`, `at that rate`)
_AT_THAT_RATE = guarded(
    r"(?i)\b(?:therefore|thus|hence|so|then)\b"
    r"|\bat\s+(?:the|that|this|such|these|those)\s+(?:[\w-]+\s+){0,2}?(?:rate|speed|ceiling|pace|throughput|bound)\b"
    r"|(?<!\w)(?:значит|следовательно|поэтому|тогда|итого)(?!\w)"
    r"|(?<!\w)(?:при|с)\s+(?:такой|этой|той\s+же|таком|этом|том\s+же)\s+(?:\w+\s+)?(?:скорост\w*|потолк\w*|темпе)"
)
# … or that restates the tokens said before it at another rate (`При 25 ток/с тот же ответ — 3 с`)
_SAME_TOKENS = guarded(
    r"(?i)\b(?:the\s+)?same\s+(?:\d[\d,]*[-\s]token\s+)?(?:answer|reply|response|output|completion|report|text)\b"
    r"|(?<!\w)(?:тот\s+же|такой\s+же|этот\s+же)\s+(?:ответ|текст|вывод|отчёт|отчет)(?!\w)"
)


_ONE_OF = guarded(r"(?i)(?:\bper|\bone|\bsingle|\beach|(?<!\w)на|(?<!\w)один\w*|(?<!\w)кажд\w*)\s*$")


def _summed(text: str) -> bool:
    """The text says a rate is summed over streams (`total`, `batch`, `на всех`); `per stream`, `на поток` is one's."""
    return any(not _ONE_OF.search(text, max(0, m.start() - 12), m.start()) for m in _AGGREGATE.finditer(text))


_TOKEN_WORD = guarded(r"(?i)[-\s]?(?:tokens?|токен\w*)(?!\w)")


_RATE_UNIT_AFTER = guarded(r"(?i)[^\S\n]{0,2}(?:(?:tok(?:en)?s?|ток(?:ен\w*)?)\s*/\s*(?:s|sec|с|сек)(?!\w)|tps\b)")


def _rate_figure(text: str, q: Quantity) -> bool:
    """Figure `q` is a token rate (`2.1M tok/s` too: a count with the rate's unit after it)."""
    return _token_rate(text, q) or (q.kind == "count" and _RATE_UNIT_AFTER.match(text, q.end) is not None)


def _tokens_count(text: str, q: Quantity) -> bool:
    """Figure `q` counts tokens (`1000 токенов`, `a 4M-token step`), not a rate of them."""
    if q.hi_printed is not None or q.value <= 0 or _token_rate(text, q):
        return False
    return q.kind == "tokens" or (q.kind in ("count", "number") and _TOKEN_WORD.match(text, q.end) is not None)


_OTHER_SUBJECT = guarded(
    r"(?i)\b(?:faster|slower|quicker|instead|whereas|unlike|compared)\b|быстрее|медленнее|вместо|в\s+отличие|по\s+сравнению"
)


def _names_within(sentence: str, before: str) -> bool:
    """Every model and device the sentence names is named in the text before it too."""
    names = {m.text.lower() for m in find_mentions(sentence)} | {g.lower() for g in _gpu_names(sentence)}
    if not names:
        return True
    low = before.lower()
    return all(n in low for n in names)


def _earlier(s: Sentence, read: _Read, facts: NoteFacts) -> list[str]:
    """What comes before the sentence: its line's text before it, then the nearest line above in its section."""
    earlier = s.unit.masked[max(0, s.start - 300) : s.start]
    above = read.above(facts)
    return [x for x in (earlier, above[0] if above else "") if x.strip()]


# a rate said of one device (`6,100 tokens/s per GPU`, `на карту`, `each GPU`): a cluster time divides by it × the GPUs
_PER_DEVICE = guarded(
    r"(?i)[^\S\n]*(?:(?:per|/|a|each|every)[^\S\n]*(?:GPU|card|device|accelerator)\b|(?:на|с)[^\S\n]+(?:одн\w+[^\S\n]+)?(?:карт\w*|GPU|видеокарт\w*|ускорител\w*)(?!\w))"
)


def _per_device(rate_text: str, rate: Quantity, lines: list[str]) -> bool:
    """The rate is said per device, where it stands or where the lines above say the same rate."""
    if _PER_DEVICE.match(rate_text, rate.end):
        return True
    for line in lines:
        for q in _quantities(line):
            if _rate_figure(line, q) and abs(q.value - rate.value) <= 0.01 * rate.value and _PER_DEVICE.match(line, q.end):
                return True
    return False


def _devices_for(read: _Read, s: Sentence, t: Quantity, rate_text: str, rate: Quantity, lines: list[str]) -> int:
    """How many devices a rate runs on for time `t`: 1 for a rate said as a whole; for a rate said per
    device, the GPUs said with the time (or the sentence's one count); 0 where those are not said."""
    if not _per_device(rate_text, rate, lines):
        return 1
    return read.count_after(s.unit.text, t) or read.count or 0


def _inputs_before(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read, facts: NoteFacts) -> Found | None:
    """Tokens / rate with one of the two said before the sentence: the tokens are the sentence's and it
    goes on from the rate before it (`- ~77 tok/s at most.` `- So 1,000 tokens take 1.3 s.`), or the rate is
    the sentence's and it restates the tokens before it (`the same answer at 25 tok/s takes 3 s`). The
    nearest text that states any is read; its last figure of that kind is the reading; with several,
    the time is wrong only when it fits none of them."""
    if unit[0] in _GPU_TIME or read.aggregate or read.bytes_or_bandwidth or read.flops.items or read.wall_clock:
        return None
    text = s.unit.masked
    own = read.token_counts  # (`4M-token step`: a count said of tokens)
    has_tokens, has_rate = bool(own), read.rates.count(i) > 0
    if has_tokens == has_rate or len(own) > 1 or (own and own[0].start > t.start) or read.rates.items[read.rates.count(i) :]:
        return None  # both or neither before it, several, or more said after it
    sentence = s.unit.masked[s.start : t.start]
    if has_tokens and not _AT_THAT_RATE.search(sentence):
        return None
    if has_rate and not _SAME_TOKENS.search(s.unit.masked, s.start, s.end):
        return None
    if _OTHER_PHASE.search(s.unit.masked, max(s.start, t.start - 80), t.start) or _a_wait(s.unit.masked, read.qs, i):
        return None  # a time of loading, a wait: not of decoding the tokens
    if _PROMPT.search(s.unit.masked, max(s.start, t.start - 80), t.start):
        return None  # a prompt's tokens: read at the prefill rate, not the decoding one said before
    found: list[Quantity] = []
    found_in = ""
    for text in _earlier(s, read, facts):
        if _summed(text) or _PROMPT.search(text):
            return None  # a total over streams, or a prompt's rate: not this answer's decoding
        qs = _quantities(text)
        if has_tokens:
            found = [q for q in qs if _rate_figure(text, q) and q.hi_printed is None and q.value > 0]
        else:
            found = [q for q in qs if _tokens_count(text, q)]
        if found:
            found_in = text
            break
    if not found:
        return None
    # a model or device the sentence names that the text before does not, or a comparison (`faster`): another
    # subject than the one whose rate (or tokens) was said
    above = read.above(facts)
    raw_before = s.unit.text[max(0, s.start - 300) : s.start] + "\n" + (above[0] if above else "")
    if _OTHER_SUBJECT.search(read.sentence) or not _names_within(read.raw, raw_before):
        return None
    if has_tokens:
        n = own[0]
        options = []
        for q in found:
            gpus = _devices_for(read, s, t, found_in, q, read.above(facts))
            if not gpus:
                return _judge(read, s, t, unit, 0, "", unsure="the rate before it is one GPU's, and how many run is not said")
            per = f" × {gpus} GPUs" if gpus > 1 else ""
            options.append((n.value / (q.value * gpus), f"{n.text} / ({q.text} (said before){per})", q))
    else:
        rate = read.rates.last(i)
        if rate.bound or rate.hi_printed is not None or not rate.value or read.rates.disagree(i):
            return None
        options = [(q.value / rate.value, f"{q.text} (said before) / {rate.text}", q) for q in found]
    seconds, how, q = options[-1]
    # a rate said as a ceiling (`at most 77 tok/s`): a longer time is below it, no error
    slower = _SLOWER if read.measured else ("the rate before it is a bound" if q.bound == "<" else "")
    inputs = () if has_tokens else (read.rates.last(i),)  # the sentence's rate is this time's input
    got = _judge(read, s, t, unit, seconds, how, slower=slower, inputs=inputs)
    if got.claim is not None and got.claim.verdict is Verdict.WRONG and len(options) > 1:
        stated = t.value
        if any(max(o / stated, stated / o) < _OFF for o, _, _ in options if o > 0 and stated > 0):
            return _judge(read, s, t, unit, 0, "", unsure=_WHICH)
    return got


# a word that sets another condition for a time than the text before it (`without speculation`, `at TP=2`, `при TP = 2`)
_SETTING = guarded(
    r"(?i)\b(?:with|without|at|if|when|per|each|on|using|via|over|across|instead|but|unlike|faster|slower)\b"
    r"|(?<!\w)(?:при|если|без|когда|через|вместо|но|быстрее|медленнее|с\s+помощью)(?!\w)"
)


def _parallel_rate(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read, facts: NoteFacts) -> Found | None:
    """`- 2600 токенов при 40 ток/с генерируются за 65 с.` `- А ответ на 5000 токенов — около 6,5 мин.`: a sentence with
    tokens and their time only, after text (its line's, else the nearest line above) that states tokens, one rate and a
    time: the same rate, as the sentence sets no condition of its own (no rate, device, model, `with`/`при`)."""
    if unit[0] in _GPU_TIME or read.aggregate or read.bytes_or_bandwidth or read.flops.items or read.wall_clock:
        return None
    own = read.token_counts
    if read.rates.items or read.any_flops_rate or len(own) != 1 or own[0].start > t.start:
        return None
    if any(q is not own[0] and q is not t and q.kind not in ("number", "count") for q in read.qs):
        return None  # a figure of another kind (a second time, a size, a percentage): more than the tokens' time
    if _SETTING.search(read.sentence) or read.names or find_mentions(read.raw) or read.count:
        return None
    if in_range(s.dtypes, s.start, s.end):
        return None  # `The int4 build gets through 5,000 tokens in about 1 min`: a type of its own is a condition
    if _OTHER_PHASE.search(s.unit.masked, s.start, t.start) or _a_wait(s.unit.masked, read.qs, i) or read.prompt:
        return None
    earlier = _earlier(s, read, facts)
    if not earlier:
        return None
    before = earlier[0]  # the nearest text: its line's before the sentence, else the line above
    if _summed(before) or _PROMPT.search(before) or _says(_WAIT, before) or _OTHER_SUBJECT.search(before):
        return None
    qs = list(_quantities(before))
    rates = [q for q in qs if _rate_figure(before, q) and q.hi_printed is None and q.value > 0]
    if len(_distinct([q.value for q in rates])) != 1 or not any(_tokens_count(before, q) for q in qs):
        return None
    if not any(_time_unit(before, q) is not None for q in qs) or _per_device(before, rates[0], []):
        return None  # the text before is no computation of the same kind (tokens, a rate, their time), or per device
    rate = rates[0]
    slower = _SLOWER if read.measured else ("the rate before it is a bound" if rate.bound == "<" else "")
    return _judge(
        read, s, t, unit, own[0].value / rate.value, f"{own[0].text} / {rate.text} (the same rate as before it)", slower=slower
    )


# what a compute time of a model over tokens is: training (6·N per token) or a forward pass (2·N per token)
_TRAINS = guarded(r"(?i)\btrain\w*|\bpre-?train\w*|\bfine-?tun\w*|обуч\w*|дообуч\w*|претрейн\w*|предобуч\w*")
_FORWARD = guarded(
    r"(?i)\bprefill\w*|\bpre-fill\w*|\bprompt\w*|\binference\b|\bforward\b|\bscor\w*|\bencod\w*"
    r"|префилл?\w*|промпт\w*|инференс\w*|прямо\w+\s+проход\w*|кодирова\w*"
)
_EPOCHS = guarded(r"(?i)\bepochs?\b|эпох\w*|\bpasses\b|проход\w*\s+по\s+данным")


def _model_compute(s: Sentence, t: Quantity, unit: tuple[str, float, str], i: int, read: _Read) -> Found | None:
    """`Training Llama-3-8B on 15T tokens on 1024 H100s (989 TFLOP/s, 40 % MFU) takes ~21 days`, `prefill of a
    4,000-token prompt for Llama-3-8B on an H100 (989 TFLOP/s, 50 % MFU) takes 0.13 s`: no FLOPs stated, the
    sentence's one model and token count give them (6·N·D to train, 2·N·D for a forward pass; a mixture of experts
    its active parameters), over the GPUs × FLOP/s × utilization it states. Training and a forward pass both
    said, or neither, or epochs: no reading."""
    if read.flops.items or read.wall_clock or _EPOCHS.search(read.sentence):
        return None
    trains, forward = _TRAINS.search(read.sentence) is not None, _FORWARD.search(read.sentence) is not None
    if trains == forward:
        return None
    counts = read.token_counts
    if len(counts) != 1 or counts[0].start > t.start:
        return None
    models = {m.config.name: m for m in find_mentions(read.raw) if m.config is not None}
    if len(models) != 1:
        return None
    model = next(iter(models.values()))
    assert model.config is not None
    counted = count_parameters(model.config)
    params = float(counted.active if model.config.is_moe else counted.total)
    rates = _distinct([r for q in read.qs if (r := _flops_rate(s.unit.masked, q)) is not None])
    if len(rates) != 1:
        return None
    rate = rates[0]
    util = read.util
    u = util if util is not None else 1.0
    if not u or u > 1:
        return None
    k = 6 if trains else 2
    d = counts[0]
    flops = k * params * d.value
    per = f" × {u:.0%}" if util is not None else ""
    what = f"{k} × {model.text} {params / 1e9:.2f}B{' active' if model.config.is_moe else ''} × {d.text}"
    slower = _PEAK if util is None else _SLOWER if read.measured_raw else ""
    if unit[0] in _GPU_TIME:
        return _judge(
            read, s, t, unit, flops / (rate * u), f"{what} = {flops:.3g} FLOP / ({rate:.4g} FLOP/s{per})", slower=slower
        )
    count = read.count_after(s.unit.text, t) or read.count
    faster = "" if count is not None else "the number of GPUs is not stated"
    n = count or 1
    how = f"{what} = {flops:.3g} FLOP / ({n} GPU × {rate:.4g} FLOP/s{per})"
    return _judge(read, s, t, unit, flops / (n * rate * u), how, slower=slower, faster=faster)
