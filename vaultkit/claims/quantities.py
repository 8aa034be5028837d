"""Numbers, units and quantities as research notes write them (English and Russian).

quantulum3, pint and others misread this text silently (`7B` → 7 bytes, `60 000` → 0,
`0,34 GB` → 34 GB; claims-gold.md §3), so the tokenizer is our own: grouping with `,` `.`
space U+00A0 U+202F, decimal comma, `×10⁹`/`10^9`/`1e9`, scale words (B, billion, млрд, млн),
byte units decimal and binary (GB = 10⁹, GiB = 2³⁰, ГБ = GB), multipliers (`×`, `x`), percent,
hedges (`~ ≈ about около`), bounds (`< up to до exceeding`) and ranges (`3–5×`, `180–300 GB`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from vaultkit.claims.fastre import guarded

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
BYTE_UNITS: dict[str, tuple[float, bool]] = {
    "b": (1, False),
    "byte": (1, False),
    "bytes": (1, False),
    "байт": (1, False),
    "байта": (1, False),
    "байтов": (1, False),
    "б": (1, False),
    "kb": (1e3, False),
    "mb": (1e6, False),
    "gb": (1e9, False),
    "tb": (1e12, False),
    "pb": (1e15, False),
    "кб": (1e3, False),
    "мб": (1e6, False),
    "гб": (1e9, False),
    "тб": (1e12, False),
    "кбайт": (1e3, False),
    "мбайт": (1e6, False),
    "гбайт": (1e9, False),
    "гиг": (1e9, False),
    "гига": (1e9, False),
    "гигов": (1e9, False),
    "kib": (2**10, True),
    "mib": (2**20, True),
    "gib": (2**30, True),
    "tib": (2**40, True),
    "киб": (2**10, True),
    "миб": (2**20, True),
    "гиб": (2**30, True),
    "тиб": (2**40, True),
    "пб": (1e15, False),
}
SCALES: dict[str, float] = {
    "k": 1e3,
    "к": 1e3,
    "thousand": 1e3,
    "тыс": 1e3,
    "тыс.": 1e3,
    "тысяч": 1e3,
    "тысячи": 1e3,
    "тысяча": 1e3,
    "m": 1e6,
    "million": 1e6,
    "млн": 1e6,
    "млн.": 1e6,
    "b": 1e9,
    "billion": 1e9,
    "млрд": 1e9,
    "млрд.": 1e9,
    "t": 1e12,
    "trillion": 1e12,
    "трлн": 1e12,
    "трлн.": 1e12,
}
HEDGES = ("~", "≈", "about", "approximately", "approx.", "approx", "roughly", "around", "около", "примерно", "порядка", "почти")
LOWER_BOUNDS = (">", "≥", "more than", "over", "exceeding", "above", "свыше", "более", "больше")
# said before a figure, these bound it from below or above whatever words they contain (`не менее` holds
# `менее`, an upper bound's word, and is a lower bound; `не более` the reverse)
NEGATED_LOWER = (
    "at least", "no less than", "not less than", "no fewer than", "не менее", "не меньше", "не ниже", "как минимум", "минимум"
)  # fmt: skip
NEGATED_UPPER = ("no more than", "not more than", "не более", "не больше", "не выше", "как максимум", "максимум")
UPPER_BOUNDS = (
    "<",
    "≤",
    "under",
    "up to",
    "less than",
    "below",
    "never exceeds",
    "at most",
    "до",
    "менее",
    "меньше",
    "не превышает",
)

_NUM = r"\d+\^\d{1,2}(?!\d)|\d{1,3}(?:(?:,|[\u00a0\u202f ](?=\d{3}(?:\b|[²³])))\d{3})+(?:\.\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_PREFIX = (
    r"(?P<prefix>(?:(?:~|≈|<|≤|(?<![-=])>|≥|about|approximately|approx\.?|roughly|around|over|under|up to|more than|less than"
    r"|never exceeds|at most|exceeding|above|below|at\s+least|no\s+(?:less|fewer|more)\s+than|not\s+(?:less|more)\s+than"
    r"|около|примерно|порядка|почти|свыше|не\s+(?:менее|меньше|ниже|более|больше|выше)|как\s+(?:минимум|максимум)|минимум|максимум"
    r"|более|менее|не превышает|до)\s*)+)?"
)
# Time units after a figure. `s`/`с` alone only before punctuation, the line's end or a preposition
# (`с` is also "with": `20 с NVMe`); GPU-hours / GPU-days are the time of one GPU.
_TIME = (
    r"(?:GPU|ГПУ)[-\s]?(?:hours?\b|hrs?\b|h\b|час\w*|ч\b)|(?:GPU|ГПУ)[-\s]?(?:days?\b|дн(?:я|ей)\b|день\b|сут\w*)"
    r"|ms\b|millisec\w*|мс\b|миллисекунд\w*"
    r"|secs?\b|seconds?\b|сек\b\.?|секунд\w*|сут(?:ок|ки)\b"
    r"|(?:s|с)(?=[^\S\n]*(?:[.,;:()!?|]|$)|\s+(?:on|at|per|for|with|of|to|and|на|при|в|для|—|–)\s)"
    r"|mins?\b|minutes?\b|мин\b\.?|минут\w*|hrs?\b|hours?\b|h\b|ч\b\.?|час(?:а|ов)?\b"
    r"|days?\b|дн(?:я|ей)\b|день\b|weeks?\b|недел[ьиюя]\w*"
)
# thousands or millions of a time unit (`5,3 тыс. GPU-часов`, `1.2k GPU-hours`)
_SCALE_WORD = r"(?:thousand|million|тыс(?:яч[аи]?\b|\.)?|млн\.?|[kK](?![A-Za-z]))"
_TIME_KINDS = guarded(
    r"(?i)(?P<gpuh>(?:gpu|гпу)[-\s]?(?:h|ч))|(?P<gpud>(?:gpu|гпу)[-\s]?(?:d|дн|день|сут))|(?P<ms>ms|milli|мс|милли)"
    r"|(?P<min>min|мин)|(?P<h>h|ч)|(?P<d>d|дн|день|сут)|(?P<w>w|недел)|(?P<s>s|с)"
)
TIME_SECONDS = {"ms": 1e-3, "s": 1.0, "min": 60.0, "h": 3600.0, "gpuh": 3600.0, "gpud": 86400.0, "d": 86400.0, "w": 604800.0}


@lru_cache(maxsize=256)
def time_key(unit: str) -> str:
    """The time unit a written unit is: ms, s, min, h, d, w, or gpuh / gpud (GPU-hours, GPU-days)."""
    scaled = _SCALED_TIME.fullmatch(unit.strip())
    m = _TIME_KINDS.match(scaled.group(2)) if scaled else None
    return next(k for k, v in m.groupdict().items() if v) if m else ""


_UNIT = (
    r"(?P<unit>[KMGTP]i?B/s\b|[KMGTP]i?B\s+per\s+second|[ГТМК]и?Б/с|[KMGTPE]?FLOP[Ss]?\b|[kmgtp]?flops\b|[КМГТПЭ]?(?:ФЛОП|флоп)(?:С|с|/с)?(?!\w)"
    r"|(?:гига|тера|пета)флоп\w*|tok(?:ens)?/s\b|tok(?:en)?s?/sec\b|tokens?\s+(?:per|a)\s+second|токен\w*/с|токен\w*\s+в\s+секунду|ток\s?/\s?(?:сек|с)(?!\w)"
    r"|т/с(?!\w)|t/s\b|[KMGT](?:bit/s|b/s|bps)\b|[КМГТ]бит/с(?!\w)|(?:{_SCALE_WORD}\s*)?{_TIME}"
    r"|(?:billion|million|thousand|trillion|млрд\.?|млн\.?|тыс(?:яч[аи]?\b|\.)?|трлн\.?|[KMBT](?![A-Za-z])|k(?![A-Za-z]))\s*(?:tokens?\b|токен\w*)|tokens?\b|tok\b(?![\s.]*/)|токен\w*"
    r"|(?i:(?:kilo|mega|giga|tera|peta|kibi|mebi|gibi|tebi)bytes?\b|(?:кило|мега|гига|тера|пета|киби|меби|гиби|теби)байт\w*)"
    r"|(?i:per\s?cent\b|процент\w*)"
    r"|[KMGTP]i?B(?![a-z])|[kK]B\b|[КМГТП]и?Б\b|Б(?=[\s/.,;)|]|$)"
    # as people type them: `5,7Гб`, `16 гб`, `4 Мб`, `16gb`, `12 гигов` (not `Гбит`, not a rate `Гб/с`)
    r"|[КМГТкмгт]б(?![\wа-яёА-ЯЁ/])|[kmgt]b(?![\w/])|гиг(?:а|ов)?(?![\wа-яё])|[КМГ]байт\w*|bytes?\b|байт\w*|bits?\b|бит\w*|%|×(?!\s*[\d(])|x(?![A-Za-z0-9])(?!\s+[\d(])|х(?![а-я])(?!\s*[\d(])"
    r"|(?:billion|million|thousand|trillion|млрд\.?|млн\.?|тыс(?:яч[аи]?\b|\.)?|трлн\.?|[KMBT](?![A-Za-z]))(?:\s*(?:parameters|params|параметр\w*))?"
    r"|[bm]\s*(?:parameters\b|params\b|параметр\w*)"  # `7.6b params`: lower-case billions, said of parameters only
    r"|parameters\b|params\b|параметр\w*)?"
)
QUANTITY = guarded(
    rf"(?<![\w.\-/#^\[])(?P<num>{_NUM})(?P<pow>[²³](?![⁰¹²³⁴⁵⁶⁷⁸⁹])|(?<=10)(?<![\d.,]10)⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}(?![⁰¹²³⁴⁵⁶⁷⁸⁹]))?"
    + rf"(?:(?:[–—-]|\s[–-]\s|\s+[–-]|[–-]\s+)(?P<num2>{_NUM}))?"  # ` — ` with spaces is a dash of speech, not a range
    + r"(?:\s*(?:[×x*·]\s*10(?:\^|\*\*)(?P<exp>\d{1,2})|[×x*·]\s*10(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[eE](?P<e>[+-]?\d{1,2})\b))?"
    + r"(?:-(?=bits?\b|бит|tokens?\b|токен)|\s{0,2})"
    + _UNIT.replace("{_TIME}", "(?i:" + _TIME + ")").replace("{_SCALE_WORD}", _SCALE_WORD)
)


@dataclass(frozen=True)
class Quantity:
    """One number with its unit. `value` is in base units (bytes, a count, a ratio, a
    fraction for percent); `printed` is the figure as written (60 for "60 GB")."""

    text: str
    start: int
    end: int
    printed: float
    digits: str  # the digits as written, for precision
    kind: str  # bytes, count, multiplier, percent, bits, number, tokens, throughput, bandwidth, bitrate, flops, flop_rate, time
    unit: str  # as written
    scale: float  # printed × scale = value
    binary: bool
    hedge: bool
    bound: str  # "", "<" (upper) or ">" (lower)
    hi_printed: float | None = None  # a range's upper figure

    @property
    def value(self) -> float:
        return self.printed * self.scale

    @property
    def hi(self) -> float | None:
        return None if self.hi_printed is None else self.hi_printed * self.scale

    def half_unit(self) -> float:
        """Tier 1: half a unit of the last printed digit (in printed units)."""
        if "." in self.digits:
            return 0.5 * 10.0 ** -len(self.digits.split(".")[1])
        return 0.5

    def rounding(self) -> float:
        """Tier 2: half a unit of the last non-zero digit for integers with trailing zeros."""
        if "." in self.digits:
            return self.half_unit()
        plain = self.digits.rstrip("0")
        zeros = len(self.digits) - len(plain)
        return 0.5 * 10**zeros if plain else 0.5


_GROUPED = guarded(r"(?!0[ ,])\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?")  # (`0,048`: no group starts with a zero)
_ONE_GROUP = guarded(r"\d{1,3},\d{3}")


@lru_cache(maxsize=4096)  # pure, and the same few figures and units recur
def parse_number(raw: str, *, decimal_comma: bool = False) -> tuple[float, str]:
    """'60 000' → 60000, '0,34' → 0.34, '10,8' → 10.8, '60,000' → 60000 (a comma then exactly
    three digits is grouping; anything else after a comma is a decimal part)."""
    if "^" in raw:  # 2^30
        base, power = raw.split("^")
        value = float(int(base) ** int(power))
        return value, str(int(value))
    s = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if _GROUPED.fullmatch(s) and not (decimal_comma and _ONE_GROUP.fullmatch(s)):
        digits = s.replace(",", "").replace(" ", "")
    elif "," in s:
        digits = s.replace(" ", "").replace(",", ".")
    else:
        digits = s.replace(" ", "")
    return float(digits), digits


def read_number(raw: str, said_in: str = "") -> float:
    """A number a pattern caught, as its text writes it: a comma then exactly three digits groups
    thousands (`1,870`, `1,400`) unless the text it is said in is Russian (`1,870` there is 1.87);
    any other comma is a decimal mark (`1,87`, `4,25`)."""
    return parse_number(raw.strip(), decimal_comma=_CYRILLIC.search(said_in) is not None)[0]


_SCALED_TIME = guarded(rf"(?:({_SCALE_WORD})\s*)?((?i:{_TIME}))")
_BITRATE = guarded(r"([KMGTkmgtКМГТкмгт])(?:bit/s|b/s|bps|бит/с)")  # a lower-case `b`: bits
_BIT_PREFIX = {"k": 1e3, "к": 1e3, "m": 1e6, "м": 1e6, "g": 1e9, "г": 1e9, "t": 1e12, "т": 1e12}
_FLOP_PREFIX = {"": 1.0, "k": 1e3, "m": 1e6, "g": 1e9, "t": 1e12, "p": 1e15, "e": 1e18}
_FLOP_PREFIX.update({"к": 1e3, "м": 1e6, "г": 1e9, "т": 1e12, "п": 1e15, "э": 1e18, "гига": 1e9, "тера": 1e12, "пета": 1e15})


_SPELLED_PERCENT = guarded(r"per\s?cent|процент\w*")
_EN_PREFIXES = ("kilo", "mega", "giga", "tera", "peta", "kibi", "mebi", "gibi", "tebi")
_RU_PREFIXES = ("кило", "мега", "гига", "тера", "пета", "киби", "меби", "гиби", "теби")
_SPELLED_BYTES = guarded("(" + "|".join(_EN_PREFIXES + _RU_PREFIXES) + r")(?:bytes?|байт\w*)")
_SPELLED_PREFIX: dict[str, tuple[float, bool]] = dict(
    zip(
        _EN_PREFIXES,
        (*((10.0**k, False) for k in (3, 6, 9, 12, 15)), *((2.0**k, True) for k in (10, 20, 30, 40))),
        strict=True,
    )
)
_SPELLED_PREFIX.update({ru: _SPELLED_PREFIX[en] for ru, en in zip(_RU_PREFIXES, _EN_PREFIXES, strict=True)})
_LOWER_SCALE_PARAMS = guarded(r"[bm]\s*(?:param|параметр)")


@lru_cache(maxsize=1024)
def classify_unit(unit: str) -> tuple[str, float, bool]:
    """(kind, scale, binary) for a unit as written."""
    u = unit.strip()
    low = u.lower()
    if not u:
        return "number", 1.0, False
    if u in ("×", "x", "х"):
        return "multiplier", 1.0, False
    if u == "%" or _SPELLED_PERCENT.fullmatch(low):
        return "percent", 0.01, False
    spelled = _SPELLED_BYTES.fullmatch(low)
    if spelled:  # `140 gigabytes`, `35 гигабайт`, `24 gibibytes`: the byte units in full
        return "bytes", *_SPELLED_PREFIX[spelled.group(1)]
    if low.startswith(("bit", "бит")):
        return "bits", 1.0, False
    timed = _SCALED_TIME.fullmatch(u)
    if timed:  # a time, in seconds (GPU-hours: one GPU's seconds), in thousands when a scale word leads
        scale = SCALES.get((timed.group(1) or "").lower().rstrip("."), 1.0) if timed.group(1) else 1.0
        return "time", scale * TIME_SECONDS[time_key(timed.group(2))], False
    word = low.split()[0]
    bitrate = _BITRATE.fullmatch(u)
    if bitrate:  # `400 Gb/s`, `25 Гбит/с`: bits per second, not bytes
        return "bitrate", _BIT_PREFIX[bitrate.group(1).lower()], False
    if "флоп" in low:  # `ТФЛОПС`, `терафлопс`, `ФЛОП/с`: a rate, its own kind (`ФЛОП` alone is a count), never bytes
        head, tail = low.split("флоп", 1)
        return ("flops" if tail == "" else "flop_rate"), _FLOP_PREFIX.get(head, 1.0), False
    if "/s" in low or "/с" in low or "per second" in low or "a second" in low or "в секунду" in low or "/sec" in low:
        if low.startswith(("tok", "t/", "токен", "ток", "т/")):
            return "throughput", 1.0, False
        scale, binary = (
            BYTE_UNITS.get(word.split("/")[0], (1.0, False))
            if word.split("/")[0] in BYTE_UNITS
            else ({"г": 1e9, "т": 1e12, "м": 1e6}.get(low[0], 1.0), False)
        )
        return "bandwidth", scale, binary
    if "flop" in low:
        return "flops", _FLOP_PREFIX.get(low.split("flop")[0], 1.0), False
    if "tok" in low or "токен" in low:
        head = low.split()[0] if " " in low else ""
        head = head if head and not head.startswith(("tok", "токен")) else re.sub(r"\s*(tokens?|токен\w*)$", "", low).strip()
        return "tokens", SCALES.get(head.rstrip("."), SCALES.get(head, 1.0)) if head else 1.0, False
    if _LOWER_SCALE_PARAMS.match(u):  # `7.6b params`, `350m parameters`
        return "count", 1e9 if u[0] == "b" else 1e6, False
    if u.startswith("B") and not low.startswith("byte"):  # `30B`, `30B parameters`: billions
        return "count", 1e9, False
    if word in BYTE_UNITS:
        scale, binary = BYTE_UNITS[word]
        return "bytes", scale, binary
    if low.startswith(("кбайт", "мбайт", "гбайт")):
        return "bytes", {"к": 1e3, "м": 1e6, "г": 1e9}[low[0]], False
    if low.startswith(("байт",)):
        return "bytes", 1.0, False
    if word.rstrip(".") in SCALES or word in SCALES:
        return "count", SCALES.get(word, SCALES.get(word.rstrip("."), 1.0)), False
    if low.startswith(("param", "параметр")):
        return "count", 1.0, False
    return "number", 1.0, False


_PREFIX_BEFORE = guarded(_PREFIX + r"$")
# The last characters of the words and signs of _PREFIX (`approx.` ends in `.`, `up to` in a
# Latin o, `до` in a Cyrillic one): a number whose text before it, trailing whitespace set
# aside, ends in none of them has no prefix, and _PREFIX_BEFORE need not run.
_PREFIX_LAST = frozenset("~≈<≤>≥" + "tyx.drongews" + "оаиетм")
# Runs of digits where QUANTITY can start: its lookbehind, applied to the run's first digit
# (written after the digit, the scan can skip to digits).
_NUMBER_STARTS = guarded(r"\d(?<![\w.\-/#^\[]\d)\d*")


_CELL_END = guarded(r"[^\S\n]*(?:\||$)")


_FACTOR_BEFORE = guarded(r"(?:[×·]|(?<!\*)\*(?!\*))\s*$")  # (`**1.5B, int4.** 1.54 B`: a bold mark is no factor sign)
_PER_PARAMETER_NEXT = guarded(r"(?i)\s*(?:/\s*|per\s+|a\s+|на\s+)(?:param|parameter|weight|value|пар\b|парам|параметр|вес\b)")
_PARAMS_NEXT = guarded(r"(?i)\s*(?:param|парам|weights|весов)")
_TOKENS_NEXT = guarded(r"(?i)\s*(?:tokens?|токен\w*)")
_INTEGER_IN_THOUSANDS = guarded(r"\d{1,3}(?:,\d{3})+")  # `204,800`
_EQUALS_BEFORE = guarded(r"[=≈]\s*$")


def find_quantities(text: str, *, decimal_comma: bool = False) -> list[Quantity]:
    """Quantities in `text`, found from each run of digits (anchoring on digits keeps the scan
    fast; the hedge/bound prefix is matched backwards from the number). Read once per text: the
    shapes ask again for the line above from every sentence of the line below."""
    return list(_quantities_once(text, decimal_comma))


@lru_cache(maxsize=256)
def _quantities_once(text: str, decimal_comma: bool) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    per_parameter: list[int] = []  # `16 B/param` read as bytes
    pos = 0
    for d in _NUMBER_STARTS.finditer(text):
        at = d.start()
        if at < pos:
            continue
        m = QUANTITY.match(text, at)
        if m is None or (found and at < found[-1].end):
            continue
        pos = max(m.end(), at + 1)
        prefix_text = _prefix_before(text, at)
        start = at - len(prefix_text)
        num, num2, unit, exp, sup, e = m.group("num", "num2", "unit", "exp", "sup", "e")
        # `3,125 ГиБ`: with a Cyrillic unit a comma is the decimal mark (Russian writes 3 125 for thousands)
        cyrillic = bool(unit) and _CYRILLIC.search(unit or "") is not None
        # `5,616·10²⁰`: a mantissa before a power of ten is never grouped, its comma is a decimal mark
        mantissa = bool(m.group("exp") or m.group("sup"))
        printed, digits = parse_number(num, decimal_comma=decimal_comma or cyrillic or mantissa)
        if m.group("pow") and num == "10":  # `10¹²`, `10⁻⁴`: a power of ten
            power = int(m.group("pow").lstrip("⁻").translate(SUPERSCRIPTS))
            printed = 10.0 ** (-power if m.group("pow")[0] == "⁻" else power)
            digits = str(int(printed)) if printed >= 1 else repr(printed)
        elif m.group("pow"):  # `4096²`
            printed = printed ** (2 if m.group("pow") == "²" else 3)
            digits = str(int(printed)) if printed == int(printed) else repr(printed)
        unit = unit or ""
        kind, scale, binary = classify_unit(unit)
        if unit == "B" and text[m.start("unit") - 1].isspace() and _CELL_END.match(text, m.end()):
            kind, scale, binary = "bytes", 1.0, False  # `| 256 B |`: a byte count in a table cell
        elif (
            unit == "B"
            and printed < 100
            and text[m.start("unit") - 1].isspace()
            and _FACTOR_BEFORE.search(text, max(0, at - 3), at)
            and not _PARAMS_NEXT.match(text, m.end())
        ):
            kind, scale, binary = "bytes", 1.0, False  # `… × 128 × 2 × 2 B`: the last factor of a product, in bytes
        elif (
            unit == "B"
            and text[m.start("unit") - 1].isspace()
            and _INTEGER_IN_THOUSANDS.fullmatch(num)
            and _EQUALS_BEFORE.search(text, max(0, at - 3), at)
            and not _PARAMS_NEXT.match(text, m.end())
            and not _TOKENS_NEXT.match(text, m.end())
        ):
            kind, scale, binary = "bytes", 1.0, False  # `… × 2 B = 204,800 B = 200 KiB`: a result in bytes, written out
        elif unit == "B" and printed <= 40 and _PER_PARAMETER_NEXT.match(text, m.end()):
            kind, scale, binary = "bytes", 1.0, False  # `16 B/param`, `2 B per weight`: bytes per parameter (claims-gold 5.1)
            per_parameter.append(len(found))
        exp = exp or (sup or "").translate(SUPERSCRIPTS) or e
        if exp:
            scale *= 10 ** int(exp)
            if kind == "number":
                kind = "number"
        hedge, bound = _hedge_bound(prefix_text)
        hi = parse_number(num2, decimal_comma=decimal_comma or cyrillic)[0] if num2 else None
        if math.isinf(printed):
            continue
        found.append(
            Quantity(text[start : m.end()].strip(), start, m.end(), printed, digits, kind, unit, scale, binary, hedge, bound, hi)
        )
    if per_parameter and any(q.unit == "B" and q.kind == "count" and q.printed <= 40 for q in found):
        # `4 B + 12 B/8 = 5.5 B per param`: other bare `N B` on the line are read as billions, so the rate is too (one
        # reading for the whole expression, as before the rate was read as bytes)
        as_count = classify_unit("B")
        for i in per_parameter:
            found[i] = replace(found[i], kind=as_count[0], scale=as_count[1], binary=as_count[2])
    worded = _worded(text, found) if _SCALE_NAMED.search(text) else []
    if worded:  # `seven billion`, `семьдесят миллиардов`: merged in order, a figure in digits kept where both are read
        taken = [(q.start, q.end) for q in found]
        found = sorted(
            [*found, *(w for w in worded if not any(a < w.end and w.start < b for a, b in taken))], key=lambda q: q.start
        )
    return tuple(_from_to(text, found))


def _prefix_before(text: str, at: int) -> str:
    """The hedge or bound words right before a figure at `at` (`about`, `~`, `не более`), or ''."""
    window = text[max(0, at - 24) : at].rstrip()
    if window and window[-1] in _PREFIX_LAST:
        before = _PREFIX_BEFORE.search(text, max(0, at - 24), at)
        return before.group("prefix") if before and before.group("prefix") else ""
    return ""


def _hedge_bound(prefix_text: str) -> tuple[bool, str]:
    if not prefix_text:
        return False, ""
    prefix = " ".join(prefix_text.lower().split())
    hedge = any(h in prefix for h in HEDGES)
    bound = (
        ">"
        if any(b in prefix for b in NEGATED_LOWER)
        else "<"
        if any(b in prefix for b in NEGATED_UPPER)
        else "<"
        if any(b in prefix.split() or prefix.strip().startswith(b) for b in UPPER_BOUNDS)
        else ">"
        if any(b in prefix for b in LOWER_BOUNDS)
        else ""
    )
    return hedge, bound


# Numbers written in words before a scale word (`seven billion parameters`, `one hundred seventy-five
# billion`, `half a trillion tokens`, `семьдесят миллиардов`, `тридцати двух миллиардов`, `полтора
# триллиона токенов`): the same count as `7B params` / `7 млрд параметров`. Only before billion,
# million or trillion: a bare `two` or `три` is never a figure. Each scale word is read backwards
# over a bounded window (no scan from every word), so a long line of number words stays linear.
_SCALE_NAMED = guarded(r"(?i)(?:b|m|tr)illion|(?:милли|трилли)(?:ард|он)|(?:ga|ra|bi|gi|ta)(?:byte|байт)|(?:га|ра|би|та)байт")
_SCALE_WORDED = guarded(
    r"(?i)(?<!\w)(?:(?P<scale>billion|million|trillion|миллиард\w{0,3}|миллион\w{0,3}|триллион\w{0,3})(?![\w])"
    r"(?:(?P<sep>[\s-]+)(?P<what>parameters\b|params\b|parameter\b|tokens?\b|параметр\w*|токен\w*))?"
    # a byte unit in full after number words: `about seventy gigabytes`, `сорок гигабайт`
    r"|(?P<bytes>(?:" + "|".join(_EN_PREFIXES + _RU_PREFIXES) + r")(?:bytes?\b|байт(?:а|ов|ах|ами|ам)?(?!\w))))"
)
_SCALE_CANON = {"b": ("billion", "млрд"), "m": ("million", "млн"), "t": ("trillion", "трлн")}
_WORD_OR_SIGN = guarded(r"(?P<word>[A-Za-zА-Яа-яЁё]+)|[^A-Za-zА-Яа-яЁё\s-]+")
_EN_WORDS = {
    w: i
    for i, w in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
            *("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
        )
    )
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_WORDS.update({w: 10 * (i + 2) for i, w in enumerate(_TENS)})
_RU_WORDS: tuple[tuple[re.Pattern[str], float | None], ...] = tuple(
    (guarded(p), v)
    for p, v in (
        (r"од(?:ин|на|но|ного|ной|ному|ним|ном)", 1),
        (r"дв(?:а|е|ух|ум|умя)", 2),
        (r"тр(?:и|ёх|ех|ём|ем|емя)", 3),
        (r"четыр(?:е|ёх|ех|ём|ем|ьмя)", 4),
        (r"(?:одинн|двен|трин|четырн|пятн|шестн|семн|восемн|девятн)адцат(?:ь|и|ью)", None),
        (r"пят(?:ь|и|ью)", 5),
        (r"шест(?:ь|и|ью)", 6),
        (r"сем(?:ь|и|ью)", 7),
        (r"восем(?:ь|ью)|восьм(?:и|ью)", 8),
        (r"девят(?:ь|и|ью)", 9),
        (r"десят(?:ь|и|ью)", 10),
        (r"двадцат(?:ь|и|ью)", 20),
        (r"тридцат(?:ь|и|ью)", 30),
        (r"сорок(?:а)?", 40),
        (r"пят(?:ьдесят|идесяти|ьюдесятью)", 50),
        (r"шест(?:ьдесят|идесяти|ьюдесятью)", 60),
        (r"сем(?:ьдесят|идесяти|ьюдесятью)", 70),
        (r"восем(?:ьдесят|ьюдесятью)|восьмидесяти", 80),
        (r"девяност(?:о|а)", 90),
        (r"ст(?:о|а|ам|ами|ах)", 100),
        (r"двест(?:и)|двухсот|двумст\w+", 200),
        (r"трист(?:а)|тр[её]хсот|тремст\w+", 300),
        (r"четырест(?:а)|четыр[её]хсот|четырьмст\w+", 400),
        (r"(?:пят|шест|сем|восем|девят)ьсот|(?:пят|шест|сем|восьм|девят)(?:исот|ист\w+|ьюст\w+)", None),
        (r"полтор(?:а|ы)|полутора", 1.5),
    )
)
_RU_TEENS = {"одинн": 11, "двен": 12, "трин": 13, "четырн": 14, "пятн": 15, "шестн": 16, "семн": 17, "восемн": 18, "девятн": 19}
_RU_HUNDREDS = {"пят": 500, "шес": 600, "сем": 700, "вос": 800, "дев": 900}


@lru_cache(maxsize=1024)
def _is_number_word(word: str) -> bool:
    return word in _EN_WORDS or word in ("a", "and", "half", "hundred") or _ru_word(word) is not None


@lru_cache(maxsize=1024)
def _ru_word(word: str) -> float | None:
    for pattern, value in _RU_WORDS:
        if pattern.fullmatch(word):
            if value is not None:
                return value
            if "адцат" in word:
                return _RU_TEENS[word.split("адцат")[0]]
            return _RU_HUNDREDS[word[:3]]
    return None


def _spelled(words: list[str]) -> float | None:
    """The value of number words in order (`one hundred seventy five`, `half a`, `сто семьдесят пять`),
    or None where they are no number (`a`, `seven seven`, `семь сорок`)."""
    if words in (["half", "a"], ["a", "half"]):
        return 0.5
    if words == ["a"]:
        return 1.0
    half = 0.0
    if len(words) > 3 and words[-3:] == ["and", "a", "half"]:  # `one and a half`
        words, half = words[:-3], 0.5
    if words and words[0] == "a" and len(words) > 1 and words[1] == "hundred":
        words = ["one", *words[1:]]
    total, last = 0.0, 1000.0  # each part smaller than the one before: 100 > 70 > 5, never 5 70
    for w in words:
        if w == "and" and total >= 100:
            continue
        if w == "hundred":
            if not (0 < total < 10) or last < 1:
                return None
            total, last = total * 100, 100
            continue
        v: float | None = _EN_WORDS.get(w)
        if v is None:
            v = _ru_word(w)
        if v is None or v == 0 or v >= last or (last < 100 and last >= 20 and v >= 10) or (10 <= last < 20):
            return None
        if v == 1.5 and total:
            return None
        total, last = total + v, v
    return total + half if total else None


def _worded(text: str, found: list[Quantity]) -> list[Quantity]:
    """Counts said with a scale word in full: in words (`seven billion`, `семьдесят миллиардов`), a
    lone Russian scale word before what it counts (`Триллион токенов` = 1), or digits before a
    Russian scale word in full (`7 миллиардов параметров`, read as a bare 7 by the digit scan: the
    bare figure in `found` is replaced in place by the count)."""
    bare_at = {q.end: i for i, q in enumerate(found) if q.kind == "number" and not q.unit and q.scale == 1.0}
    worded = []
    for m in _SCALE_WORDED.finditer(text):
        if m.group("what") is None and text.startswith("-", m.end()):
            continue  # `a billion-dollar deal`: an adjective of money, no count
        if m.group("bytes"):
            scale_word, unit = "", m.group("bytes")  # digits before it are read by the digit scan already
        else:
            scale_word = m.group("scale").lower()
            english = scale_word[0] in "bmt"
            letter = {"м": "m" if "он" in scale_word else "b", "т": "t"}.get(scale_word[0], scale_word[0])
            canon = _SCALE_CANON[letter][0 if english else 1]
            unit = canon + (" " + m.group("what") if m.group("what") else "")
        kind, scale, binary = classify_unit(unit)
        gap = m.start()
        while gap > max(0, m.start() - 2) and text[gap - 1] in " \u00a0\u202f":
            gap -= 1
        digits_end = next((e for e in range(gap, m.start() + 1) if e in bare_at), None) if gap < m.start() else None
        if digits_end is not None:  # `7 миллиардов`, `1,5 триллиона`: digits, then the scale word in full
            i = bare_at[digits_end]
            q = found[i]
            found[i] = replace(q, text=text[q.start : m.end()].strip(), end=m.end(), kind=kind, unit=unit, scale=scale)
            continue
        lo = max(0, m.start() - 96)
        tokens: list[re.Match[str]] = []  # the words right before the scale word, nearest last, up to 8 (no other sign between)
        for t in _WORD_OR_SIGN.finditer(text, lo, m.start()):
            tokens = [*tokens[-7:], t] if t.group("word") else []
        words = [t.group(0).lower() for t in tokens]
        run = 0  # only the run of number words next to the scale word
        while run < len(words) and _is_number_word(words[-1 - run]):
            run += 1
        value: float | None = None
        if not run:
            # `Триллион токенов`: one, said by the scale word alone (singular, before what it counts)
            if (
                scale_word in ("миллиард", "миллион", "триллион")
                and m.group("what")
                and not text[lo : m.start()].rstrip()[-1:].isdigit()
            ):
                value, at = 1.0, m.start()
            else:
                continue
        else:
            words, tokens = words[-run:], tokens[-run:]
            first = len(words)
            for i in range(len(words)):  # the longest run of number words that ends at the scale word
                value = _spelled(words[i:])
                if value is not None:
                    first = i
                    break
            if value is None:
                continue
            at = tokens[first].start()
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_.,"):
            continue
        prefix_text = _prefix_before(text, at)
        hedge, bound = _hedge_bound(prefix_text)
        start = at - len(prefix_text)
        digits = repr(value) if value != int(value) else str(int(value))
        spoken = text[start : m.end()].strip()
        worded.append(Quantity(spoken, start, m.end(), value, digits, kind, unit, scale, binary, hedge, bound))
    return worded


_CYRILLIC = guarded(r"[А-Яа-яЁё]")
# `5,000`, `1,440`: a comma before three digits, a thousands separator in English and a decimal mark in Russian
AMBIGUOUS_COMMA = guarded(r"(?<![\d,.])\d{1,3},\d{3}(?![\d,.])")
_FROM_BEFORE = guarded(r"(?i)(?:\bfrom|\bс|\bсо)\s+$")
_TO_BETWEEN = guarded(r"(?i)\s*(?:to|до)\s*$")


def _from_to(text: str, found: list[Quantity]) -> list[Quantity]:
    """`from 512 to 128 KiB`, `с 512 до 128 КиБ`: the first figure, written bare, is in the second's unit."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        to_in_b = b.text.lower().startswith(("до ", "to "))  # `до 128 КиБ` read as a bound: here the end of a change
        if (
            a.kind == "number"
            and a.hi_printed is None
            and b.kind == "bytes"
            and (_TO_BETWEEN.match(text[a.end : b.start]) or (to_in_b and not text[a.end : b.start].strip()))
            and _FROM_BEFORE.search(text, max(0, a.start - 6), a.start)
        ):
            found[i] = replace(a, kind=b.kind, unit=b.unit, scale=b.scale, binary=b.binary)
            if to_in_b:
                found[i + 1] = replace(b, bound="")
    return _english_ranges(text, found)


_BETWEEN_BEFORE = guarded(r"(?i)\bbetween\s+$")
_AND_BETWEEN = guarded(r"(?i)\s*and\s*$")
_RANGE_UNITS = ("bytes", "count", "tokens", "throughput", "bandwidth", "time")


def _english_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """`between 25 and 27 GB`, `25 to 27 GB`: one range in the second figure's unit, like `25–27 GB` (the first
    figure, written bare, was a plain number and the second a figure of its own). `from 512 to 128 KiB` stays
    a change from one figure to another; a first figure larger than the second is no range."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (
            b is not None
            and a.kind == "number"
            and a.hi_printed is None
            and not a.bound
            and b.kind in _RANGE_UNITS
            and b.hi_printed is None
            and not b.bound
            and 0 < a.printed < b.printed
            and (
                (_AND_BETWEEN.match(text[a.end : b.start]) and _BETWEEN_BEFORE.search(text, max(0, a.start - 9), a.start))
                or (
                    _TO_BETWEEN.match(text[a.end : b.start])
                    and text[a.end : b.start].strip().lower() == "to"
                    and not _FROM_BEFORE.search(text, max(0, a.start - 6), a.start)
                )
            )
        ):
            start = a.start - (len("between ") if _BETWEEN_BEFORE.search(text, max(0, a.start - 9), a.start) else 0)
            out.append(
                replace(
                    b,
                    text=text[start : b.end],
                    start=start,
                    printed=a.printed,
                    digits=a.digits,
                    hedge=a.hedge or b.hedge,
                    hi_printed=b.printed,
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out
