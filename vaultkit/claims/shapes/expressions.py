"""Arithmetic written in prose (§5.1 S1–S3 beyond products): sums, differences, divisions,
brackets and powers of numbers, equated with a stated figure — `2 + 4 + 4 + 2 = 12 bytes per
parameter`, `8,030,261,248 × 8.5 / 8 = 8.53 GB`, `32 × 4 × 64 × (4096 + 4096) = 33.6 M`,
`2 × 4096² + 2 × 4096 × 1024 = 41 943 040`.

The left side runs back from the `=` to a clause break (`:` `;` `,` `=` `→` a spaced dash or an
unmatched `(`), brackets respected. Numbers keep their labels (`32 layers × 2 matrices`), and a
bracket holding words is a note on the figure before it (`2 (bf16 weights) + …`), not grouping.
A single letter (`12h² + 13h`), a function (`f(2)`), a LaTeX leftover, a percent or a multiplier
makes it no arithmetic of numbers: not a claim. The expression is rewritten with Python operators
and evaluated by the bounded AST walk of `arith` (never eval). Plain numbers with no sizing unit
are a claim only where the note is about sizing (a model or sizing words in the sentence, or a
section headed by a model), and never beside modular arithmetic.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise, product

from vaultkit.claims.arith import evaluate_expression
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import _CYRILLIC, AMBIGUOUS_COMMA, TIME_SECONDS, Quantity, find_quantities, time_key
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, line_names, make_claim
from vaultkit.claims.shapes.chains import (
    QUALIFIED_RESULT,
    continues_arithmetic,
    implied_compute,
    kv_once_slip,
    sessions_times_context,
    sum_goes_on,
)
from vaultkit.claims.verdict import Check, compare, fmt, written_out

_MAX_LEFT = 240  # characters of a left side
_BREAKS = frozenset(":;=→")
_OPERATORS = {"+": "+", "−": "-", "-": "-", "–": "-", "×": "*", "*": "*", "·": "*", "⋅": "*", "/": "/", "÷": "/"}
_WORD = guarded(r"[A-Za-zА-Яа-яЁё][\w\-]*", re.UNICODE)
_LETTERS = guarded(r"[A-Za-zА-Яа-яЁёα-ωΑ-Ω]")
_WORD_END = guarded(r"[A-Za-zА-Яа-яЁё]{2}$")
_POWER = guarded(r"\^\s*(\d{1,2})")
_UNITLESS = frozenset({"number"})
_SIZING_WORDS = guarded(
    r"(?i)param|weight|bias|embedding|layer|head|vocab|token|byte|\bbits?\b|matri|mlp|attention|lm_head|\bkv\b|expert|adapter|lora"
    r"|параметр|вес|смещени|эмбеддинг|сло[йяёе]|голов|словар|токен|байт|бит|матриц|внимани|эксперт|адаптер|норм"
)
_GOES_ON = guarded(r"\s*(?:[+−×*·/÷^]|[-–xх]\s)\s*[\d(]")
_PER_PARAM = guarded(r"(?i)\s*(?:/\s*|per\s+|на\s+)(?:param|пар)")
_EQUALS = guarded(r"[=≈]")
_RESULT_KINDS = frozenset({"number", "count", "bytes", "bits", "tokens"})
# after a stated figure: a unit of time or money the arithmetic of numbers does not compute
_OTHER_UNIT = guarded(
    r"(?i)\.?\s*(?:GPU[- ]?)?(?:hours?|hrs?|h\b|s\b|secs?\b|seconds?|ms\b|min(?:utes?)?\b|days?|years?|weeks?"
    r"|час\w*|ч\b|мин\w*|сек\w*|мс\b|с\b|дн\w*|дня|лет|год\w*|недел\w*|\$|€|₽|руб\w*|USD|EUR)"
)
_LIST_MARKER = guarded(r"[^\S\n]*[-*+][^\S\n]+(?=\d)")  # (before a figure only: `- (80 − 16) …` is left as it was)
_MODULAR = guarded(r"(?i)\bmod\b|≡|\(mod|по модулю")


def _left_start(text: str, start: int, eq: int) -> int:
    """Where the left side of the `=` at `eq` begins: after the last clause break outside brackets."""
    depth = 0
    i = eq - 1
    lo = max(start, eq - _MAX_LEFT)
    while i >= lo:
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i + 1
            depth -= 1
        elif depth == 0 and (
            c in _BREAKS
            or (c == "," and text[i + 1 : i + 2] == " ")
            or (c in "—–" and text[i - 1 : i] == " " and text[i + 1 : i + 2] == " ")
        ):
            return i + 1
        i -= 1
    return lo


def _closing(text: str, i: int, end: int) -> int:
    """The index of the `)` matching the `(` at `i`, or -1."""
    depth = 0
    for j in range(i, end):
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            depth -= 1
            if depth == 0:
                return j
    return -1


def _number(q: Quantity) -> str:
    value = q.value
    return str(int(value)) if value == int(value) and abs(value) < 2**53 else repr(value)


# an expression rewritten with Python operators: its text, its operands, its tokens, where each operand stands
Rewritten = tuple[str, list[Quantity], tuple[str, ...], tuple[int, ...]]


_SIZE_OPERANDS = frozenset({"number", "count", "bytes", "bits", "tokens"})


_EMPHASIS_CLOSE = guarded(r"[*_]{1,3}")


def _rewrite(text: str, a: int, b: int, qs: list[Quantity], kinds: frozenset[str] = _SIZE_OPERANDS) -> Rewritten | None:
    """The Python expression the text [a, b) writes, with the figures it uses; None when it is not
    arithmetic of numbers."""
    at = {q.start: q for q in qs if a <= q.start and q.end <= b}
    for first in sorted(at):  # what leads into the arithmetic (`at 4.5 bits it is 2 + …`) is not part of it
        while first > a and text[first - 1] in " (":
            first -= 1
        lead = text[a:first].rstrip()
        if _EMPHASIS_CLOSE.fullmatch(lead):
            lead = ""  # `**Room:** 640 GiB − 625 GiB = …`: the close of a bold label, no operator
        if lead and (
            lead[-1] in _OPERATORS or lead[-1] in "^_{}\\=" or (_LETTERS.fullmatch(lead[-1]) and not _WORD_END.search(lead))
        ):
            continue  # `a × 3 + 2`: the arithmetic began before this figure
        if lead.endswith(tuple("xх")) and lead[-2:-1].isspace():
            continue
        if text[first : first + 1] == "(" and lead and lead[-1].isalnum():
            return None  # `f(2) + 3`: a function of the figure
        got = _rewrite_from(text, first, b, at, kinds)
        if got is not None:
            return got
    return None


def _rewrite_from(text: str, a: int, b: int, at: dict[int, Quantity], kinds: frozenset[str]) -> Rewritten | None:
    out: list[str] = []
    used: list[Quantity] = []
    slots: list[int] = []  # where each operand stands in `out`
    i = a
    last = ""  # "n" after an operand, "o" after an operator or "(", "" at the start
    while i < b:
        c = text[i]
        q = at.get(i)
        if q is not None:
            if q.kind not in kinds or q.hi is not None or q.bound:
                return None
            if last == "n":
                return None
            slots.append(len(out))
            out.append(_number(q))
            used.append(q)
            i, last = q.end, "n"
            continue
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            slash = last == "o" and out and out[-1] == "/" and text[i - 1] == "/"
            bare = _AFTER_SLASH.match(text, i) if slash and _names_bits_or_bytes(text) else None
            if bare is None or bare.end() > b:
                return None  # a figure an earlier shape took, or one that is no quantity
            # `16/128`: the tokenizer reads no figure right after a slash (a date, a path); between
            # two operands of arithmetic it is a plain number
            raw = bare.group(0)
            q_bare = Quantity(raw, i, bare.end(), float(raw), raw, "number", "", 1.0, False, False, "")
            slots.append(len(out))
            out.append(_number(q_bare))
            used.append(q_bare)
            i, last = bare.end(), "n"
            continue
        if c in _OPERATORS and (c not in "-–" or (text[i - 1 : i].isspace() and text[i + 1 : i + 2].isspace())):
            if last != "n":
                return None
            out.append(_OPERATORS[c])
            i, last = i + 1, "o"
            continue
        if c in "xх" and last == "n" and text[i - 1 : i].isspace() and text[i + 1 : i + 2].isspace():
            out.append("*")
            i, last = i + 1, "o"
            continue
        if c == "^":
            p = _POWER.match(text, i)
            if p is None or last != "n":
                return None
            out.append(f"**{p.group(1)}")
            i = p.end()
            continue
        if c == "(":
            close = _closing(text, i, b)
            if close < 0:
                return None
            if _words_inside(text, i, close, at):  # `2 (bf16 weights)`: a note on the figure before it
                if last != "n":
                    return None
                i = close + 1
                continue
            if last == "n":
                return None
            out.append("(")
            i, last = i + 1, "o"
            continue
        if c == ")":
            if last != "n":
                return None
            out.append(")")
            i = i + 1
            continue
        if c in _CURRENCY and "money" in kinds:  # `× 2 $`, `× $2.49`: the unit of a price, no operator
            i += 1
            continue
        w = _WORD.match(text, i)
        if w is not None:
            word = w.group(0)
            if len(word) == 1 or text[w.end() : w.end() + 1] == "(" or (i > 0 and text[i - 1].isdigit()):
                return None  # a symbol (`13h`), a function (`f(2)`)
            if last != "n":
                return None  # `+ the 4`: words after an operator are no label
            i = w.end()  # a label of the figure before it (`32 layers × 2 matrices`)
            continue
        return None
    if last != "n" or len(used) < 2 or (not any(op in out for op in ("+", "-", "*", "/")) and not any("**" in t for t in out)):
        return None
    return "".join(out), used, tuple(out), tuple(slots)


def _words_inside(text: str, i: int, close: int, at: dict[int, Quantity]) -> bool:
    """Letters in the bracket [i, close] other than those of its plain numbers (`(1024 × 4e14)` is grouping,
    `(16 GB)` a note)."""
    j = i
    while j < close:
        q = at.get(j)
        if q is not None and not q.unit:
            j = max(q.end, j + 1)
            continue
        if _LETTERS.match(text, j):
            return True
        j += 1
    return False


def _rounding_spread(operands: list[Quantity], tokens: tuple[str, ...], slots: tuple[int, ...], value: float) -> float:
    """How far the result can move when each operand written with decimals (`26.0`, `208.3`, a
    rounded figure) is off by half its last digit: the sum of each one's effect. Whole numbers
    (`/ 8`, `× 2`) count as exact."""
    spread = 0.0
    for q, at in zip(operands, slots, strict=True):
        if "." not in q.digits:
            continue
        shifted = list(tokens)
        shifted[at] = repr(q.value + q.half_unit() * q.scale)
        moved = evaluate_expression("".join(shifted))
        if moved is None:
            return 0.0
        spread += abs(moved - value)
    return spread


def _about_sizing(s: Sentence, facts: NoteFacts, operands: list[Quantity], right: Quantity) -> bool:
    if any(q.kind not in _UNITLESS for q in [*operands, right]):
        return True
    return bool(s.models or s.unit.line in facts.heading_model or line_names(_SIZING_WORDS, s.unit.text))



def _in_unit(right: Quantity, computed: float, operands: list[Quantity]) -> float:
    """Plain numbers equated with a scaled figure (`12 + 4 = 16 GB`) may be written in its unit:
    the reading nearer the stated figure (in orders of magnitude) is the one meant."""
    if right.scale <= 1 or any(q.kind not in _UNITLESS for q in operands) or computed <= 0 or right.value <= 0:
        return computed
    literal = abs(math.log10(computed / right.value))
    scaled = abs(math.log10(computed * right.scale / right.value))
    return computed * right.scale if scaled < literal else computed


_BITS_OR_BYTES = guarded(r"(?i)\bbits?\b|\bbpw\b|\bbytes?\b|бит|байт|\b[KMGT]i?B\b|[КМГТ]и?Б")


@lru_cache(maxsize=64)
def _names_bits_or_bytes(text: str) -> bool:
    """The line speaks of bits or bytes (read once per line): a bare `16/128` there is arithmetic of sizes."""
    return _BITS_OR_BYTES.search(text) is not None


_AFTER_SLASH = guarded(r"\d{1,6}(?:\.\d{1,6})?(?![\w.,/%])")
_BITS_AFTER = guarded(r"(?i)\s*(?:bpw\b|bits?\b|бит)")


# between a bit rate and the same rate restated in bytes (`400 Гбит/с = 50 ГБ/с`, `a 100 Gbit/s link moves 12.5 GB per
# second`, `25 GB/s (200 Gbit/s)`): a sign, a bracket or a joining word, nothing else
_JOINER = (
    r"(?:[=≈~→:—–]|->|i\.\s?e\.|that\s+is|that['’]s|\bor\b|\bis\b|\bequals\b|moves|carries|transfers|delivers|gives|это|т\.\s?е\.|то\s+есть|или"
    r"|переда[её]т|да[её]т)"
)
_RATE_RESTATED = guarded(
    r"(?i)\s*(?:[^\W\d]\w*\s+){0,2}?(?:[^\W\d]\w*)?\s*(?:\(|,?\s*(?:(?:which|that|что)\s+)?"
    + _JOINER
    + r"(?:\s*"
    + _JOINER
    + r")?)"
    r"\s*(?:about|around|roughly|only|около|примерно|всего|~|≈)?\s*"
)


# (not the bold of a label, `**Note:** 900 GB/s`, nor the italics closing one, `*Редакция:* 819 ГБ/с` — a star glued to
# the word before it with a space after —, nor a word's last `x`; `links*400` and `2 * 400` are products)
_TIMES_BEFORE = guarded(
    r"(?i)(?:[×·]|(?<![a-z])x|(?<!\*)\*(?![*\s])|(?<![*:.!?»\"'\w])\*(?!\*)|\d\s+"
    # `Eight 400 Gbit/s NICs`, `восемь …`: a count in words right before the rate
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen|две|два|три|четыре|восемь|шестнадцать)\s+)\s*$"
)
_SUMMED = guarded(r"(?i)\b(?:total|aggregate|combined|all|together|each|per)\b|суммарн\w*|в\s+сумме|вместе|все\w*|кажд\w*")


_EACH_WORD = guarded(r"(?i)\beach\b|\bper\b|(?<!\w)кажд\w*|(?<!\w)на\s+(?:порт|карт|линк)\w*")
# a rate said after to be all links' (`400 GB/s in total`, `всего`): a sum, not a restatement
_SUMMED_AFTER = guarded(r"(?i)\s*(?:in\s+total|total|combined|aggregate|altogether|всего|суммарно|в\s+сумме)")


def _bit_rates(s: Sentence) -> tuple[list[Found], set[int]]:
    """A bit rate and a byte rate side by side, one restating the other: bytes are bits ÷ 8."""
    text = s.unit.masked
    qs = [q for q in s.quantities if q.kind in ("bitrate", "bandwidth") and q.hi is None and q.value > 0]
    out: list[Found] = []
    judged: set[int] = set()
    for a, b in pairwise(qs):
        if a.kind == b.kind or b.start - a.end > 40 or _RATE_RESTATED.fullmatch(text, a.end, b.start) is None:
            continue
        # `3.5 TB/s aggregate (27.6 Tbit/s)`: the same figure, bracketed, whatever the first one is said to be; not a share
        # and its total (`400 Gbit/s each (400 GB/s in total)`)
        gap = text[a.end : b.start]
        bracket = gap.rstrip().endswith("(") and not _EACH_WORD.search(gap) and not _SUMMED_AFTER.match(text, b.end)
        if _TIMES_BEFORE.search(text, max(s.start, a.start - 16), a.start) or (
            not bracket and (_SUMMED.search(text, a.end, b.start) or _SUMMED_AFTER.match(text, b.end))
        ):
            continue  # `8 × 400 Gbit/s NICs give 400 GB/s`: a sum over links, not one rate restated
        computed = a.value / 8 if a.kind == "bitrate" else a.value * 8
        check = compare(b, computed)
        if not check.verdict.holds:
            # `3.5 TB/s aggregate (27.6 Tbit/s)`: the first figure is rounded (3,456 GB/s); any value it rounds is meant
            # (within 2 %: `2 TB/s` is no licence for 15 % either way)
            spread = min(a.half_unit() * a.scale, 0.02 * a.value) * (1 / 8 if a.kind == "bitrate" else 8)
            nearest = min(max(b.value, computed - spread), computed + spread)
            if nearest != computed and compare(b, nearest).verdict.holds:
                computed, check = nearest, compare(b, nearest)
        how = f"{a.text} {'÷' if a.kind == 'bitrate' else '×'} 8 (bits per byte) = {written_out(computed / b.scale)} {b.unit}"
        claim = make_claim(s.unit, b.start, b.end, "bit-rate", check.verdict, f"{how}; {check.explanation}", stated=b.text)
        # the restated rate stays free: a transfer time may divide by it (`400 Гбит/с, то есть 50 ГБ/с: 141 ГБ — около 3 с`)
        out.append(Found(claim, ()))
        judged.add(b.start)
    return out, judged


_CURRENCY = frozenset("$€₽£")
# a price after a figure (`5,576 млн $`, `94 USD`, `300 руб.`) or before it (`$94`)
_MONEY_AFTER = guarded(r"(?i)[^\S\n]{0,2}(?:[$€₽£]|руб(?:\.|л[ейяь]+)?(?!\w)|USD\b|EUR\b|долл\w*)")
_PRICE_BEFORE = guarded(r"\s*[$€£]\s*")
# a unit of time after a figure the tokenizer read as a plain number (`= 120,000 s = 33.3 h`)
_TIME_WORD_AFTER = guarded(
    r"(?i)[^\S\n]{0,2}((?:GPU|ГПУ)[-\s]?(?:hours?|hrs?|h|час\w*|ч|days?|дн(?:я|ей)|день|сут\w*)"
    r"|ms|мс|secs?|seconds?|сек(?:унд\w*)?|mins?|minutes?|мин(?:ут\w*)?|hrs?|hours?|h|ч|час(?:а|ов)?|days?|дн(?:я|ей)|день|сут\w*"
    # `s`/`с` alone only before a sign, the line's end or a joining word (`с` is also "with": `16 с учётом кэша`)
    r"|(?:s|с)(?=[^\S\n]*(?:[.,;:()!?|=≈→~]|$)|[^\S\n]+(?:on|at|per|for|of|to|and|or|на|при|для|то|или)\b))"
    r"(?![\w/])"
)
# what writes a figure as another unit of the same time (`= 33.3 h`, `, то есть около 30 200 GPU-часов`, `(≈ 5 days)`)
_TIME_RESTATED = guarded(
    r"(?i)[\s,]*(?:=|→|->|\(|i\.\s?e\.,?|that\s+is|which\s+is|or|то\s+есть|т\.\s?е\.|или|это|что\s+составляет)?[\s,]*"
)
_RATES = frozenset({"flop_rate", "throughput", "bandwidth", "bitrate"})
_TIME_OPERANDS = frozenset({"number", "count", "tokens", "flops"})
_MONEY_OPERANDS = frozenset({"number", "count", "money"})
# what makes a time, a price or a ratio of counts a sizing figure: compute, tokens, GPUs, parameters
_COMPUTE_WORDS = guarded(
    r"(?i)GPU|ГПУ|\bTPU|FLOP|ФЛОП|флоп|token|токен|\btok\b|prefill|decode|префилл|декод|inference|инференс|training|обучени"
    r"|pre-?train|предобуч|fine-?tun|дообуч|\b[ABH]\d{3}s?\b|\bparam|параметр|\bMFU\b|throughput|batch|батч"
)
_TIME_UNIT_NAMES = {"ms": "ms", "s": "s", "min": "min", "h": "h", "gpuh": "h", "d": "days", "gpud": "days", "w": "weeks"}


_PER_SECOND = guarded(r"(?i)\s*(?:/\s*(?:s|sec|с)\b|per\s+second|a\s+second|в\s+секунду)")


def _a_rate(q: Quantity, text: str) -> bool:
    """A rate: of FLOPs (`989 TFLOPS`, `400 TFLOP/s`), tokens, bytes or bits per second."""
    return q.kind in _RATES or (q.kind == "flops" and (q.unit.endswith("FLOPS") or _PER_SECOND.match(text, q.end) is not None))


def _compute_context(s: Sentence, facts: NoteFacts) -> bool:
    """A price or a time of plain numbers is a sizing figure only where the sentence, the lines above it in its
    section or its headings speak of compute (GPUs, FLOPs, tokens, a model)."""
    if s.models or s.unit.line in facts.heading_model or line_names(_COMPUTE_WORDS, s.unit.text):
        return True
    above = facts.lines_above.get(s.unit.line, ())
    headings = tuple(x for x in facts.activation_context.get(s.unit.line, ()) if x.lstrip().startswith("#"))
    return any(_COMPUTE_WORDS.search(x) for x in (*above, *headings))


def _plain(q: Quantity, per: float) -> Quantity:
    """A time as the number its unit counts (`33.3 h` is 33.3; GPU-hours are hours)."""
    return replace(q, kind="number", scale=q.scale / per)


def _readings(figures: list[Quantity], said_in: str) -> list[dict[int, float]]:
    """The other values a Russian line's `2,788` may mean (a decimal comma, or grouped thousands): for each figure
    written with one comma and three digits after it, its value read the other way, by where it starts."""
    if not _CYRILLIC.search(said_in):
        return []
    ambiguous = [q for q in figures if AMBIGUOUS_COMMA.search(q.text) and not _CYRILLIC.search(q.unit)]  # `5,576 млн`: decimal
    if not ambiguous or len(ambiguous) > 3:
        return []
    other = {q.start: (q.value * 1000 if "." in q.digits else q.value / 1000) for q in ambiguous}
    out: list[dict[int, float]] = []
    for flips in product((False, True), repeat=len(ambiguous)):
        if any(flips):
            out.append({q.start: other[q.start] for q, flip in zip(ambiguous, flips, strict=True) if flip})
    return out


def _expression_with(tokens: tuple[str, ...], slots: tuple[int, ...], operands: list[Quantity], values: dict[int, float]) -> str:
    shifted = list(tokens)
    for q, at in zip(operands, slots, strict=True):
        if q.start in values:
            shifted[at] = repr(values[q.start])
    return "".join(shifted)


def _judge_figure(
    mode: str, stated: Quantity, value: float, operands: list[Quantity], tokens: tuple[str, ...], slots: tuple[int, ...],
    said_in: str, per: float,
) -> tuple[Verdict, str, float] | None:
    """A time, a price, a FLOP count or a ratio of counts recomputed from the note's own numbers: the verdict, what
    the recomputation gives and its value in the stated unit; None when a reading of the line's numbers the note may
    mean is left in doubt."""
    check = compare(stated, value)
    shown = f"{value:,.4g}"
    if check.verdict.holds:
        return check.verdict, f"{shown}; {check.explanation}", value
    spread = _rounding_spread(operands, tokens, slots, value)
    if spread and abs(stated.value - value) <= spread + stated.half_unit() * stated.scale:
        first = check.explanation.split(": does not match")[0]
        return Verdict.HOLDS_ROUNDING, f"{shown}; {first} (within the operands' rounding)", value
    if mode == "time":  # `3e9 / 25,000 = 33.3 h`: a count of seconds written in hours
        for unit, seconds in TIME_SECONDS.items():
            moved = value * seconds / per
            if unit not in ("gpuh", "gpud") and seconds != per and compare(stated, moved).verdict.holds:
                return Verdict.HOLDS_ROUNDING, f"{shown} {_TIME_UNIT_NAMES[unit]} = {moved:,.4g}; stated {stated.text}", moved
    for values in _readings([*operands, stated], said_in):  # `2,788M × 2 $ = 5,576 млн $`: 2,788 is 2.788 here
        moved_value = evaluate_expression(_expression_with(tokens, slots, operands, values))
        if moved_value is None:
            continue
        other_stated = replace(stated, printed=values[stated.start] / stated.scale) if stated.start in values else stated
        if compare(other_stated, moved_value).verdict.holds:
            how = f"{moved_value:,.4g} (a decimal comma read as written); stated {stated.text}"
            return Verdict.HOLDS_ROUNDING, how, moved_value
    if _readings([*operands, stated], said_in):
        return None  # wrong only on one reading of a comma the line leaves open: never an error
    if value and stated.value and _thousands_apart(value / stated.value):
        return None  # `5.75e9 × 8 / 3600 = 12.8 h`: a factor of a thousand is a unit prefix the note leaves unsaid
    if mode == "flops" and len(operands) == 2 and tokens.count("*") == 1 and value and min(q.value for q in operands) >= 1e6:
        # `7B × 2T tokens = 8.1e22 FLOP`: parameters times tokens stated as compute: the 6 of 6·N·D (the 2 of a forward
        # pass) is implied; near it (a size name's rounding) the figure is left unjudged
        implied = implied_compute(stated, value)
        if implied is not None:
            k, at_k = implied
            if not at_k.verdict.holds:
                return None
            return at_k.verdict, f"{value * k:,.4g} ({k}·N·D, the {k} implied); {at_k.explanation}", value * k
    if mode == "time" and per != 1.0:  # the quotient may be seconds: say what that is in the unit stated
        shown += f" (as seconds: {value / per:,.4g} {_TIME_UNIT_NAMES[time_key(stated.unit) or 's']})"
    return Verdict.WRONG, f"{shown}; {check.explanation}", value


def _thousands_apart(ratio: float) -> bool:
    """Two figures a thousand, a million … times apart (within 2 %)."""
    steps = math.log10(abs(ratio)) / 3
    return round(steps) != 0 and abs(abs(ratio) / 1000.0 ** round(steps) - 1) <= 0.02


_GPU_COUNT = guarded(
    r"(?i)\d\s*(?:×\s*|x\s*)?(?:GPUs?\b|cards?\b|nodes?\b|карт\w*|видеокарт\w*|узл\w*|[ABH]\d{3}s?\b)"
    r"(?![-\s]?(?:GPU[-\s]?)?(?:hours?|hrs?|h\b|час|ч\b|days?|дн|день|сут))"
)


def _restated_time(
    s: Sentence, qs: list[Quantity], k: int, after: int, at: tuple[float, float, str], stated: Quantity, taken: set[int]
) -> Found | None:
    """`= 120,000 s = 33.3 h`, `1,09·10⁸ с, то есть около 30 200 GPU-часов`: the time just computed, restated in
    another unit, converts by the exact factor (3600 s an hour; a GPU-hour is an hour of one GPU). `at`: the seconds
    stated, the seconds recomputed, and the unit's key."""
    seconds, computed, per_key = at
    per = TIME_SECONDS[per_key]
    nxt = next((q for q in qs[k + 1 : k + 3] if q.start >= after), None)
    if nxt is None or nxt.hi is not None or nxt.start in taken or nxt.start - after > 40:
        return None
    gap = s.unit.masked[after : nxt.start]
    if _TIME_RESTATED.fullmatch(gap) is None or not (gap.strip(" ,") or nxt.hedge):
        return None
    if nxt.kind in ("number", "count"):  # `or about 1.1M GPU-days`: the unit after a figure read as a count
        word = _TIME_WORD_AFTER.match(s.unit.text, nxt.end)
        key = time_key(word.group(1)) if word else ""
        if not key:
            return None
        nxt = replace(nxt, kind="time", scale=nxt.scale * TIME_SECONDS[key], unit=word.group(1) if word else "")
    if nxt.kind != "time":
        return None
    key = time_key(nxt.unit)
    if not key or TIME_SECONDS[key] == per:
        return None
    if (key in ("gpuh", "gpud")) != (per_key in ("gpuh", "gpud")) and _GPU_COUNT.search(s.unit.masked, s.start, s.end):
        return None  # `= 4.7 h on 8 GPUs, i.e. 37.7 GPU-hours`: GPU time is wall time times the GPUs
    if per_key in ("gpuh", "gpud") and key not in ("gpuh", "gpud"):
        return None  # `2,800 GPU-days, i.e. 11 days`: the wall clock of GPUs the sentence may leave unsaid
    check = compare(nxt, seconds)
    if not check.verdict.holds:  # the figure restated is itself rounded: any value it stands for may be the one
        half = stated.half_unit() * stated.scale * per
        first = check.explanation.split(": does not match")[0]
        if any(compare(nxt, seconds + d).verdict.holds for d in (-half, half)):
            check = Check(Verdict.HOLDS_ROUNDING, f"{first} (within the rounding)")
        elif compare(nxt, computed).verdict.holds:  # `= 12,000 s = 33.3 h`: the restated time is the right one
            check = Check(Verdict.HOLDS_ROUNDING, f"{first} (the recomputed {computed:,.4g} s)")
        elif _CYRILLIC.search(s.unit.text, s.start, s.end) and any(AMBIGUOUS_COMMA.search(q.text) for q in (stated, nxt)):
            return None  # `120,000 с, то есть около 33,3 ч.`: a comma that may be a decimal one is no ground for an error
    shown = f"{seconds / TIME_SECONDS[key]:,.4g} {_TIME_UNIT_NAMES[key]}"
    first = " ".join(stated.text.split())
    how = f"{first} = {shown}; {check.explanation}"
    claim = make_claim(s.unit, nxt.start, nxt.end, "time-conversion", check.verdict, how, stated=nxt.text)
    taken.add(nxt.start)
    return Found(claim, ((nxt.start, nxt.end),))


def _stated_figure(
    text: str, raw: str, sign: re.Match[str], qs: list[Quantity], starts: list[int]
) -> tuple[Quantity, int, bool] | None:
    """The figure a `=` or `≈` equates the left side with, its index, and whether a price sign stands before it."""
    eq_at = sign.start()
    if sign.group(0) == "≈":  # `15e12 / 8e9 ≈ 187`: the hedge opens the stated figure
        k = bisect_left(starts, eq_at)
        if k < len(qs) and qs[k].start == eq_at:
            return qs[k], k, False
        price = _PRICE_BEFORE.match(raw, eq_at + 1)  # `≈ $94`: the price sign stands between the hedge and the figure
        if price is not None and k < len(qs) and qs[k].start == price.end():
            return replace(qs[k], hedge=True), k, True
        return None
    k = bisect_right(starts, eq_at)  # the first figure after the `=`, found in log time
    if k >= len(qs):
        return None
    gap = text[eq_at + 1 : qs[k].start]
    if not gap.strip():
        return qs[k], k, False
    if _PRICE_BEFORE.fullmatch(raw, eq_at + 1, qs[k].start):
        return qs[k], k, True
    return None


def _mode(raw: str, right: Quantity, priced: bool) -> tuple[str, Quantity, str, int] | None:
    """What the stated figure is (a size or count, a time, a price, FLOPs), the figure as the number it writes, the
    key of its unit of time (`time_key`, times only) and where its unit ends."""
    if right.kind in ("number", "count") and (priced or _MONEY_AFTER.match(raw, right.end)):
        after = _MONEY_AFTER.match(raw, right.end)
        return "money", right, "", after.end() if after else right.end
    if right.kind == "time":
        key = time_key(right.unit)
        return ("time", _plain(right, TIME_SECONDS[key]), key, right.end) if key else None
    if right.kind in ("number", "count"):  # `= 120,000 s`, `≈ 26.4M GPU-hours`: a unit of time the figure stops before
        word = _TIME_WORD_AFTER.match(raw, right.end)
        key = time_key(word.group(1)) if word else ""
        if word and key:
            return "time", right, key, word.end()
    if right.kind == "flops":
        return "flops", right, "", right.end
    if right.kind in _RESULT_KINDS:
        return "size", right, "", right.end
    return None


def _a_ratio_of_counts(tokens: tuple[str, ...], operands: list[Quantity]) -> bool:
    """`15.6T / 405B ≈ 38.5`: one scaled count over another is a plain number."""
    return len(tokens) == 3 and tokens[1] == "/" and all(q.kind in ("count", "tokens") and q.scale > 1 for q in operands)


# what a product of plain numbers counts (tokens, sequences, users, vectors): no size without a size per item
_COUNTED_ITEMS = guarded(
    r"(?i)\btokens?\b|\bsequences?\b|\busers?\b|\brequests?\b|\bvectors?\b|\bchunks?\b|\bpassages?\b|\bframes?\b"
    r"|(?<!\w)(?:токен|последовательност|пользовател|запрос|вектор|чанк|фрагмент|кадр)\w*"
)
_BYTE_WORD = guarded(r"(?i)\bbytes?\b|(?<![\w.])B\b|(?<!\w)байт\w*|\b[KMGT]i?B\b|(?<!\w)[КМГТ]и?Б")
# a setting's name right before `=`, itself not the label of a number (`with TP=4`, `EP = 8`, `batch=8`; not `2 matrices =`)
# what is left after a subtraction (`= 9.04 GiB left`, `свободно`), and nothing more said taken off (`free after the
# CUDA context`; `after the weights` is the subtraction's own)
_LEFT_AFTER = guarded(
    r"(?i)\s*(?:of\s+)?(?:left|remaining|free|spare|свободн\w*|остаётся|остается|(?=after\s+(?:the\s+|its\s+)?(?:\w+\s+)?weights))\b"
    r"(?!\s+(?:after|once|после)\s+(?!(?:the\s+|its\s+)?(?:bf16\s+|fp16\s+|fp8\s+)?weights|вес))"
)
_SETTING_BEFORE = guarded(
    r"(?i)(?:^|[^\d\s]\s*|[^\w\s]|\b(?:with|at|and|for|use|using|при|и|с)\s+)(?<![\d.,]\s)"
    r"\b(?:TP|PP|EP|DP|SP|CP|BS|batch(?:[_\s]size)?|bs|rank|r|k|n_ctx|ctx|seq(?:_len)?|tp_size|pp_size|world_size|ngl)\s*$"
)


def expressions(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    here = text[s.start : s.end]
    rates, judged = _bit_rates(s) if any(q.kind == "bitrate" for q in s.quantities) else ([], set())
    if ("=" not in here and "≈" not in here) or _MODULAR.search(s.unit.text, s.start, s.end):
        return rates
    qs = list(s.quantities)
    starts = [q.start for q in qs]
    out: list[Found] = list(rates)
    taken: set[int] = judged
    for sign in _EQUALS.finditer(text, s.start, s.end):
        eq_at = sign.start()
        if _SETTING_BEFORE.search(s.unit.text, max(s.start, eq_at - 24), eq_at):
            continue  # `4× H100 80GB with TP=4`, `batch=8`: a setting named, not arithmetic equated
        got = _stated_figure(text, s.unit.text, sign, qs, starts)
        if got is None:
            continue
        right, k, priced = got
        if right.hi is not None or right.start in taken:
            continue
        mode_got = _mode(s.unit.text, right, priced)
        if mode_got is None:
            continue  # a rate (`≈ 333 MB/s`), a multiplier or a percent is not what arithmetic of sizes gives
        mode, stated, per_key, unit_end = mode_got
        per = TIME_SECONDS.get(per_key, 1.0)
        if _GOES_ON.match(text, unit_end if mode != "size" else right.end):
            continue  # the right side goes on: `= 2 × 3 = 6` is judged at its last `=`
        if mode == "size" and _OTHER_UNIT.match(s.unit.text, right.end):
            continue  # `= 5.3 years`: a unit not computed
        qualified = mode == "size" and QUALIFIED_RESULT.match(text, right.end) is not None
        a = _left_start(text, s.start, eq_at)
        marker = _LIST_MARKER.match(text, a)
        if marker is not None and not text[:a].strip(" >\t"):
            a = marker.end()  # `- 80 GiB − 65.7 GiB = 14.3 GiB left`: the list's marker is no minus
        window = qs[bisect_left(starts, a) : k]  # the figures of the left side only
        free = [q for q in window if q.start not in taken]
        if mode == "money":  # `37.7 GPU-hours × $2.49`: a time priced by its unit is the count of that unit
            free = [_plain(q, TIME_SECONDS[time_key(q.unit)]) if q.kind == "time" and time_key(q.unit) else q for q in free]
        kinds = {"money": _MONEY_OPERANDS, "time": _TIME_OPERANDS, "flops": _TIME_OPERANDS}.get(mode, _SIZE_OPERANDS)
        rewritten = _rewrite(text, a, eq_at, free, kinds)
        if rewritten is None:
            continue
        expr, operands, tokens, slots = rewritten
        if qualified and not ("-" in tokens and _LEFT_AFTER.match(text, right.end) and all(q.kind != "count" for q in operands)):
            # `8 × 2 TB = 8 TB usable`: what remains of a product is not it; `24 − 14.96 = 9.04 GiB left` is what a
            # subtraction computes (not `… = 6 GB free after the CUDA context`: more taken off than it writes)
            continue
        if mode == "size" and sign.group(0) == "≈" and right.kind == "number":
            if not _a_ratio_of_counts(tokens, operands):
                continue  # `5.75e9 × 8 / 3600 ≈ 12.77`: a rough figure with no unit is in a unit the note does not say
            mode = "ratio"
        if not any(t in ("*", "/") for t in tokens) and len({q.kind for q in operands} - {"number"}) > 1:
            continue  # `… for one 32K context + ~1 GB overhead ≈ 21 GB`: a sum of figures of different kinds is no sum
        if continues_arithmetic(s.unit, operands[0].start):
            continue  # `vocab 32000 × hidden 4096 × 2 bytes = …`: the left side starts before what was read
        if mode == "time" and any(_a_rate(q, text) for q in find_quantities(text) if s.start <= q.start < s.end):
            continue  # `при 400 TFLOP/s на карту 1,44·10²² / 4·10¹⁴ = 10 тыс. GPU-часов`: a rate's time is `durations`'
        if mode in ("time", "money", "ratio") and not _compute_context(s, facts):
            continue  # `9 + 2 = 11 h`, `2 × 200 = 400 ₽`: a time or a price of a note not about compute
        if mode == "size" and not _about_sizing(s, facts, operands, right):
            continue
        if (
            mode == "size"
            and right.kind == "bytes"
            and not any(q.kind in ("bytes", "bits") for q in operands)
            and _COUNTED_ITEMS.search(text, operands[0].start, eq_at)
            and not _BYTE_WORD.search(text, operands[0].start, eq_at)  # (`1e9 tokens × 20 × (2 + 4) bytes`: bytes said)
        ):
            continue  # `batch 64 × 2,048 tokens = 16 GiB`: tokens counted, their size per token said elsewhere
        if mode == "size" and sessions_times_context(operands, right):
            continue  # `… for 32 × 8K = 62.5 GiB`: sessions times a context counts tokens; the size is another sum's

        value = evaluate_expression(expr)
        if value is None:
            continue
        shown = re.sub(r"\s+", " ", s.unit.text[operands[0].start : eq_at]).strip()
        if mode != "size":
            judged_figure = _judge_figure(mode, stated, value, operands, tokens, slots, s.unit.text, per)
            if judged_figure is None:
                taken.update(q.start for q in [*operands, right])
                continue
            verdict, how, in_unit = judged_figure
            said = s.unit.text[right.start : max(unit_end, right.end)].strip()  # `120,000 s`: the figure with its unit
            end = max(unit_end, right.end)
            claim = make_claim(s.unit, operands[0].start, end, "arithmetic", verdict, f"{shown} = {how}", stated=said)
            out.append(Found(claim, tuple((q.start, q.end) for q in [*operands, right])))
            taken.update(q.start for q in [*operands, right])
            if mode == "time":
                at = (stated.value * per, in_unit * per, per_key)
                restated = _restated_time(s, qs, k, unit_end, at, stated, taken)
                if restated is not None:
                    out.append(restated)
            continue
        computed = _in_unit(right, value, operands)
        if (right.kind == "bits" or _BITS_AFTER.match(text, right.end)) and any(q.kind == "bytes" for q in operands):
            computed *= 8  # `66 bytes / 256 weights = 2.06 bpw`: bytes on the left, bits on the right
        check = compare(right, computed)
        spread = _rounding_spread(operands, tokens, slots, value) * (computed / value if value else 1.0)
        if check.verdict is Verdict.WRONG and spread and abs(right.value - computed) <= spread + right.half_unit() * right.scale:
            # `26.0 + 208.3/8 = 52.1 GB`: the operands are rounded figures, and their rounding moves the sum
            check = Check(
                Verdict.HOLDS_ROUNDING, f"{check.explanation.split(': does not match')[0]} (within the operands' rounding)"
            )
        if check.verdict is Verdict.WRONG and sum_goes_on(s.unit, operands[0].start):
            continue  # `…, plus 16.06 + 15.01 GB of frozen weights = 62.14 GB`: the total of a sum begun before the left side
        if not check.verdict.holds and (readings := _readings([*operands, right], s.unit.text)):
            # `7,24 млрд × 4,125 / 8 = 3,73 ГБ`: a Russian `4,125` may be a decimal comma; wrong only on one reading of a
            # comma the line leaves open is never an error
            moved = [
                c
                for values in readings
                if (v := evaluate_expression(_expression_with(tokens, slots, operands, values))) is not None
                for c in [compare(right, _in_unit(right, v, operands))]
                if c.verdict.holds
            ]
            if not moved:
                taken.update(q.start for q in [*operands, right])
                continue
            check = Check(Verdict.HOLDS_ROUNDING, f"{moved[0].explanation} (a comma read as the decimal mark)")
            computed = right.value
        kind = "bytes" if right.kind == "bytes" else "count"
        verdict = check.verdict if check.verdict is not Verdict.UNIT_CONFUSION or right.kind == "bytes" else Verdict.WRONG
        how = f"{shown} = {fmt(computed, right.scale, kind)}; {check.explanation}"
        product = "*" in tokens and not any(t in ("+", "-", "/") for t in tokens)
        slip = kv_once_slip(s, facts, operands, right) if verdict.holds and product else None
        if slip is not None:
            verdict, how = slip  # `28 слоёв × 4 KV-головы × 128 × 2 байта = 28 КиБ на токен`: the K-and-V slip
        claim = make_claim(s.unit, operands[0].start, right.end, "arithmetic", verdict, how, stated=right.text)
        # a bytes-per-parameter total stays the sentence's recipe for the sizes after it
        keep = right.kind == "bytes" and right.scale == 1 and _PER_PARAM.match(text, right.end)
        out.append(Found(claim, tuple((q.start, q.end) for q in [*operands, *([] if keep else [right])])))
        taken.update(q.start for q in [*operands, right])
        taken_off = _taken_off_first(s, tokens, operands, right)
        if taken_off is not None:
            from vaultkit.claims.shapes.sized import subtracted_weights  # (sized is the larger module: imported here)

            scale = taken_off.scale if taken_off.kind == "bytes" else right.scale
            weights = subtracted_weights(s, taken_off, scale, facts)
            if weights is not None:
                out.append(weights)
    return out


# words that make a subtraction what the memory keeps (`Left for the cache:`, `Free per card:`, `KV pool left after the
# weights:`, `What remains …`, `leaves`, `Room for cache`, `под кэш`, `остаётся`)
_REMAINDER_BEFORE = guarded(
    r"(?i)\b(?:left|leav\w*|free|spare|remain\w*|room|headroom|pool|budget\s+for\s+(?:the\s+)?(?:KV\s+)?cache)\b"
    r"|(?<!\w)(?:оста[её]т\w*|остал\w*|остат\w*|свободн\w*|под\s+кэш\w*|пул\w*)"
)


def _taken_off_first(s: Sentence, tokens: tuple[str, ...], operands: list[Quantity], right: Quantity) -> Quantity | None:
    """The operand a remainder takes off the memory first (`46.5 − 30.51 = 15.99 GiB left`, `Free per card: 46.5 − 32.85
    = 13.65 GiB`): the second operand of a difference of sizes whose result is said left or free, or whose sentence says
    so before it."""
    if len(operands) < 2 or len(tokens) < 3 or tokens[1] != "-" or right.kind != "bytes" or right.scale < 2**20:
        return None
    if any(t in ("*", "/", "(", ")") for t in tokens) or any(q.kind not in ("bytes", "number") for q in operands):
        return None
    text = s.unit.masked
    if not (
        _LEFT_AFTER.match(text, right.end)
        or _REMAINDER_BEFORE.search(text, max(s.start, operands[0].start - 60), operands[0].start)
    ):
        return None
    b = operands[1]
    return b if b.kind == "number" or b.scale == right.scale else None


# `(16,06 ГБ) / (3,35 ТБ/с) = 4,8 мс`, `14 GB / 2 TB/s ≈ 7 ms`: a size read at a bandwidth takes a time
_TIME_UNITS = {"ms": 1e-3, "мс": 1e-3, "s": 1.0, "с": 1.0, "sec": 1.0, "µs": 1e-6, "us": 1e-6, "мкс": 1e-6}
_OVER = guarded(r"\s*\)?\s*/\s*\(?\s*$")
_TIME_AFTER = guarded(r"\s*\)?\s*[=≈]\s*~?\s*(?P<n>\d+(?:[.,\u00a0\u202f ]\d+)*)\s*(?P<u>ms|мс|мкс|µs|us|sec|s|с)\b")


def transfer_times(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A size divided by a bandwidth, equated with a time: the time to read it once."""
    text = s.unit.masked
    out: list[Found] = []
    qs = list(s.quantities)
    for a, b in pairwise(qs):
        if a.kind != "bytes" or b.kind != "bandwidth" or a.hi is not None or b.hi is not None or not b.value:
            continue
        if not _OVER.match(text[a.end : b.start]) or continues_arithmetic(s.unit, a.start):
            continue
        m = _TIME_AFTER.match(text, b.end)
        if m is None:
            continue
        stated = find_quantities(m.group("n"))  # `3,584 s` is 3584, `4,8 мс` is 4.8: the tokenizer knows
        if len(stated) != 1:
            continue
        n = stated[0].printed
        seconds = a.value / b.value
        shown = seconds / _TIME_UNITS[m.group("u")]
        half = stated[0].half_unit()
        ok = abs(shown - n) <= max(half, 0.05 * n)
        claim = make_claim(
            s.unit,
            a.start,
            m.end(),
            "arithmetic",
            Verdict.HOLDS if ok else Verdict.WRONG,
            f"{a.text} / {b.text} = {shown:,.4g} {m.group('u')}; stated {m.group('n')} {m.group('u')}",
            stated=f"{m.group('n')} {m.group('u')}",
        )
        out.append(Found(claim, ((a.start, a.end), (b.start, b.end))))
    return out
