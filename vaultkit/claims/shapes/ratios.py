"""Ratios, percentages and multiplier ranges between two sizes or two storage types, in
English and Russian (§5.1 S4–S6): `60 GB … ~1 MB; ratio ≈ 60 000×`, `int4 is 4 times smaller
than fp16`, `в 4 раза меньше, чем FP16`, `halving the storage compared to FP32`, `by a factor
of 4`, `from FP32 to INT8 reduces storage by 75%`, `saves 70 % compared with`, `на 75 % меньше`,
`2–4× of 90 GB gives 22–45 GB`, `14.2 GB, which the driver shows as 13.2 GiB`; and figures that
restate a ratio the note checks elsewhere. Between two models (named, called by a size of the note's
model's family, or by the family under a heading naming it): `A's per-token KV is 50 % of B's`, `на 40 %
легче B`, `A больше B в 5,9 раза`; a percent of a whole named earlier (`46068MiB total; … 33 % of the
card`); a size against a model's weights in a type (`16 GiB, about 7× the Q4_K_M weights`); a bare
factor or percent answering a question that names the two sides.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from vaultkit.claims.catalog import ModelConfig, ModelMention, find_mentions, normalise_name
from vaultkit.claims.dtypes import DtypeMention, find_dtypes
from vaultkit.claims.engine import count_parameters, gguf_bytes, kv_cache_bytes
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Claim, Verdict
from vaultkit.claims.quantities import BYTE_UNITS, Quantity, find_quantities, read_number
from vaultkit.claims.scope import mask
from vaultkit.claims.shapes.base import (
    Fact,
    Found,
    NoteFacts,
    Pending,
    Sentence,
    Unit,
    in_range,
    last_before,
    line_start,
    make_claim,
    single_sizes,
    starting_in,
)
from vaultkit.claims.shapes.context_sizes import conflict, near_hardware
from vaultkit.claims.shapes.counts import embedding_tables
from vaultkit.claims.shapes.sized import UNIT_NAMES, context_model, sibling
from vaultkit.claims.verdict import compare, fmt

_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "eight": 8,
    "ten": 10,
    "twice": 2,
    "два": 2,
    "две": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "восемь": 8,
    "десять": 10,
}
# … and the nouns of a factor (`a 3.9× reduction`, `a 32× compression over fp32`, `a 2× increase`)
# `3 times a day`, `2× a step`, `4 times the same day`: how often, not how large
_PER_TIME = (
    r"\s+(?:(?:day|night|week|month|year|hour|minute|second|step|epoch|run|batch|request|token|query|sprint|session)s?"
    r"|same|next|first|last|following|previous|whole|entire|other)\b"
)
_SMALLER = (
    r"(?:smaller|less|fewer|lower|cheaper|lighter|компактнее|меньше|легче|ниже|экономнее"
    r"|reduction|compression|shrink(?:age)?|saving|сокращение|сжатие|уменьшение|экономия)"
)
_LARGER = (
    r"(?:larger|bigger|more|greater|higher|heavier|as\s+(?:many|much|large|big)\b|the\s+size\s+of\b"
    r"|больше|тяжелее|выше|крупнее|increase|growth|рост|увеличение"
    # `is 4 times the bf16 one`, `2× a 4-bit export`, `4× Llama 2's`: N times what it names, as large as that
    rf"|(?<=[×xх]\s)(?:the|an?|what)(?=\s)(?!{_PER_TIME})|(?<=times\s)(?:the|an?|what)(?=\s)(?!{_PER_TIME})|(?<=[×xх]\s)(?:\s+|[A-Z][\w.-]*(?:\s\d[\w.-]*)?)['’]s\b)"
)
_WORDS = "|".join(_NUMBER_WORDS)


def _n(i: int) -> str:
    return rf"(?P<n{i}>\d+(?:[.,]\d+)?|{_WORDS})"


# `double quantization`, `double precision`, `double buffering`: a term, no factor of two
_DOUBLE_TERM = r"\s+(?:quanti[sz]\w*|quant\b|precision|buffer\w*|check\w*|descent|dequanti[sz]\w*)"
# a factor said in one word, with what makes it a size's (`twice as large`, `втрое больше`, `a quarter of the
# fp16 size`, `половина от fp16`): the word's value
_WORD_FACTORS = {
    "twice": 2,
    "thrice": 3,
    "втрое": 3,
    "вчетверо": 4,
    "впятеро": 5,
    "вшестеро": 6,
    "ввосьмеро": 8,
    "вдесятеро": 10,
    "half": 2,
    "quarter": 4,
    "third": 3,
    "eighth": 8,
    "половин": 2,
    "четверт": 4,
    "трет": 3,
}
_SIZE_AFTER_FRACTION = (
    r"(?:size|memory|footprint|weights?|bytes|VRAM|storage|space|disk|fp\d+|bf16|f16|f32|u?int\d|nf4|q\d\w*"
    r"|размер\w*|памят\w*|объ[её]м\w*|вес\w*|мест\w*|fp\d+|bf16)\b"
)
# a verb of shrinking and the factor it shrinks by (`shrinks the weights 4×`, `cuts it by 4×`, `сжимает в 4 раза`)
_CUT_VERB = r"(?:shrink|cut|reduc|compress|divid|сжима|сжат|сокраща|сократ|уменьша|уменьш)\w*"
RATIO_WORDS = guarded(
    rf"(?i:{_n(1)}\s*(?:×|x|х|times|-fold|fold|раза?)\s*(?:(?P<s1>{_SMALLER})|(?P<l1>{_LARGER})|(?P<d1>difference\b|gap\b))"
    rf"|(?:by\s+)?a\s+factor\s+of\s+{_n(2)}|в\s+{_n(3)}\s+раза?(?:\s+(?:(?P<s2>{_SMALLER})|(?P<l2>{_LARGER})))?"
    r"|(?P<half>\bhalv(?:e|es|ed|ing)\b(?!-)|вдвое|в\s+два\s+раза)"
    rf"|(?P<double>\bdoubl(?:es?|ed|ing)\b(?!-|\s+count|{_DOUBLE_TERM})|удва\w*)"
    rf"|(?P<wl>\b(?:twice|thrice)\s+(?:as\s+(?:large|big|much|heavy)|the\s+size|larger|bigger|more|heavier)\b"
    r"|\b(?:втрое|вчетверо|впятеро|вшестеро|ввосьмеро|вдесятеро)\s+(?:больше|меньше|тяжелее|легче|компактнее)\b)"
    rf"|(?P<wf>\b(?:(?:a|one)\s+(?:quarter|third|eighth)|an\s+eighth|half)\s+(?:of\s+)?(?:(?:the|its|an?)\s+)?(?=(?:size\s+of\s+)?{_SIZE_AFTER_FRACTION})"
    rf"|(?<![\w-])(?:половин[аеуы]|четверть|треть)\s+(?:от\s+)?(?={_SIZE_AFTER_FRACTION}))"
    rf"|{_CUT_VERB}(?:[^\d.;:]{{0,30}}?)\s(?:by\s+)?(?P<n4>\d+(?:[.,]\d+)?)\s*(?:×|x|х|times|-fold|fold)(?![\w×])"
    r"|(?:\bratio|\bcompression|сжати\w*|соотношени\w*)(?:[^.;:\d]|(?<=[^\W\d_])\d|(?<=[^\W\d_]\d)\d){0,60}?(?<![\w.,])(?P<n5>\d+(?:[.,]\d+)?)\s?:\s?1(?![\d:]|[.,]\d))"
)


_DOUBLE_QUANT = guarded(r"(?i)double[\s-]+quant\w*|двойн\w*\s+квантиз\w*")


def _word_factor(word: str) -> str:
    """The value of a one-word factor (`twice as large` 2, `втрое` 3, `a quarter of` 4)."""
    low = word.lower()
    return next((str(v) for k, v in _WORD_FACTORS.items() if k in low), "")


def _ratio_n_text(m: re.Match[str]) -> str:
    """The factor a RATIO_WORDS match states, as written (a word's value as digits)."""
    for g in ("n1", "n2", "n3", "n4", "n5"):
        if m.group(g):
            return str(m.group(g))
    if m.group("wl") or m.group("wf"):
        return _word_factor(m.group("wl") or m.group("wf"))
    return "2" if m.group("half") or m.group("double") else ""


_PERCENT_WORDS = guarded(
    r"(?i:(?P<p>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s+cent\b|процент\w*)\s*(?:(?P<s>smaller|less|lower|fewer|reduction|saving|savings|меньше|экономии|сокращени\w*)|(?P<l>larger|more|bigger|higher|increase|growth|больше|рост\w*|прирост\w*|увеличени\w*))"
    r"|(?:reduc\w*|sav\w*|cut\w*|shrink\w*|lower\w*|drop\w*|сокращ\w*|уменьш\w*|эконом\w*|снижа\w*|сниж\w*|пада\w*|упа\w*)(?:[^%.;]|(?<=\b[теie])\.){0,60}?(?:by|на)?\s*(?P<p2>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s+cent\b|процент\w*)"
    r"|на\s+(?P<p3>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s+cent\b|процент\w*)\s*(?P<s3>меньше|компактнее|легче)"
    r"|(?:grow\w*|increas\w*|увелич\w*|раст\w*)[^%.;]{0,40}?(?:by|на)\s*(?P<p4>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s+cent\b|процент\w*)"
    # `меньше F16 на 69 %`, `smaller than fp16 by 75 %`: the comparative, what it is compared with, then the percent
    r"|(?:(?P<s5>\bsmaller|\bless|\blighter|\bменьше|\bлегче|\bкомпактнее)|(?P<l5>\blarger|\bbigger|\bheavier|\bбольше|\bтяжелее))"
    r"(?:\s+(?:than|чем))?(?:\s+[^\s%.;,]{1,40}){0,3}?\s+(?:by|на)\s+(?P<p5>\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s+cent\b|процент\w*))"
)
# words that make a sentence about sizes (a ratio and a percent in it may restate each other)
_SIZING_CONTEXT = guarded(
    r"(?i)\b(?:[KMGTP]i?B|bytes?|bits?|memory|VRAM|weights?|cache|KV|params?|parameters?|tokens?|model|checkpoint|file|storage"
    r"|quantiz\w*|fp\d+|bf16|int\d|байт\w*|бит\w*|памят\w*|вес(?:а|ов)?|кэш\w*|параметр\w*|токен\w*|модел\w*|файл\w*|[КМГТ]и?Б)\b"
)
_ANOTHER = guarded(
    r"(?i)\bplus\b|\+|\band\b|\bwith\b|\bspare\b|\bfree\b|\bплюс\b|\bи\b|\bещё\b|\bкроме\b|\bсвободн"
    # a comparison names another thing the second figure is of (`more than the weights (16 GB)`, `как у X (26 ГБ)`)
    r"|\bthan\b|\blike\b|\bas\s+(?:much\s+as|for|with|in)\b|\bsimilar\b|\bvs\b|\bversus\b|\bcompared\b"
    r"|\bчем\b|\bкак\s+(?:у|и|в|для)\b|\bсравн\w*|\bпротив\b|\bбольше\b|\bменьше\b"
)
_SERIAL = guarded(r"binary|literal|serializ|serialis|ascii|text form|as text|литерал|текстов|сериализ", re.I)
_EQUIVALENT = guarded(
    r"(?i:\bshows?\s+as|\bshown\s+as|\breports?\b|\bi\.e\.|\bthat is|\bwhich is|\bis\b|\bequals?|\bor\b"
    # `16.06 GB, which vLLM logs as 14.96 GiB`, `… which nvidia-smi prints as …`
    r"|\b(?:logs?|logged|prints?|printed|displays?|displayed|lists?|listed|counts?|counted|reads?|appears?)\s+(?:it\s+|that\s+)?as\b"
    r"|то есть|т\.\s?е\.|\bили\b|\bэто\b|=|≈|\()"
)
# `16,06 ГБ и 14,96 ГиБ — одно и то же`, `16.06 GB and 14.96 GiB are the same amount`: a pair said after it to be one
_AND = guarded(r"(?i)\s*(?:and|и)\s*")
_SAME_AFTER = guarded(
    r"(?i)\s*(?:[—–-]\s*)?(?:(?:are|is)\s+(?:the\s+)?same(?:\s+(?:amount|number|thing|size|value|quantity|figure|bytes|file|checkpoint|weights))?"
    r"|одно\s+и\s+то\s+же|(?:—\s*)?то\s+же\s+самое)\s*(?:[.;:!)]|,\s|$)"
)
# a reading said to include something more (`17 GiB once CUDA context is added`): not the amount restated
_PLUS_AFTER = guarded(r"(?i)\s*(?:once|after|with|including|incl\.?|plus|when|вместе\s+с|с\s+учётом|после)\b")
# a figure restated as a bare number in a unit named before it (`671 ГБ, в ГиБ это ≈ 625`, `in GiB it is 24.96`)
_IN_UNIT_BARE = guarded(
    r"(?i)[,;:.]?\s*(?:(?:and|а|и)\s+)?(?:in|в)\s+(?P<u>GiB|GB|MiB|MB|TiB|TB|ГиБ|ГБ|МиБ|МБ|ТиБ|ТБ"
    r"|гибибайт\w*|гигабайт\w*|мебибайт\w*|мегабайт\w*)\s*(?:(?:it|that|this)\s+is|is|это|будет|выходит|получается|[—–:=])?"
    r"\s*(?:≈|~|about|around|около|примерно)?\s*$"
)
# the byte units spelled out in words (`в гибибайтах`), beside the symbols `BYTE_UNITS` reads
_UNIT_WORDS = {"гибибайт": (2**30, True), "гигабайт": (1e9, False), "мебибайт": (2**20, True), "мегабайт": (1e6, False)}


def _number(text: str) -> float:
    return float(_NUMBER_WORDS.get(text.lower(), 0) or text.replace(",", "."))


_THOUSANDS = guarded(r"\d{1,3},\d{3}")


def _factor(s: Sentence, n_text: str) -> float:
    """A factor as the sentence writes it: `1,400×` in an English sentence is fourteen hundred, in a
    Russian one 1.4 (`quantities.read_number` decides by the sentence's language)."""
    if _THOUSANDS.fullmatch(n_text):
        return read_number(n_text, s.unit.text[s.start : s.end])
    return _number(n_text)


# after a size: it is a rate (`40 kB/s`, `2 GB per second`), not an amount of bytes
_PER_SECOND = guarded(r"(?i)\s*(?:/\s*(?:s|с|sec)\b|per\s+sec|в\s+секунду)")


def _sizes(s: Sentence) -> list[Quantity]:
    return [
        q
        for q in s.quantities
        if q.kind == "bytes"
        and q.scale >= 1e3
        and not re.match(r"\s*(?:/\s*|per\s+|на\s+)(?:param|token|layer|параметр|токен)", s.unit.masked[q.end : q.end + 20], re.I)
        and not _PER_SECOND.match(s.unit.masked, q.end)
    ]


def _plain_sizes(text: str) -> list[Quantity]:
    """The sizes of a line that are no size per parameter, token or layer."""
    return [
        q
        for q in find_quantities(text)
        if q.kind == "bytes"
        and q.scale >= 1e3
        and q.hi is None
        and not re.match(r"\s*(?:/\s*|per\s+|на\s+)(?:param|token|layer|параметр|токен)", text[q.end : q.end + 20], re.I)
        and not _PER_SECOND.match(text, q.end)
    ]


def _with_previous(s: Sentence, sizes: list[Quantity]) -> list[Quantity]:
    """Two sizes to compare when the sentence states one: it and the last one of the sentence before
    it on the same line (`In bf16 it is 15 GB. As a 4-bit file it is 4.3 GB, 3.5 times smaller.`)."""
    if len(sizes) != 1 or s.start == 0:
        return []  # two sizes of an earlier sentence may be of two kinds (per token, total): not compared
    text = s.unit.masked
    begin = line_start(text, s.start)
    last = last_before(_plain_sizes, s.start, text)
    prev = [last] if last is not None and last.start >= begin else []
    pool = [*prev, *sizes]
    if len(pool) != 2 or pool[0].value == pool[1].value:
        return []
    # `8,6 ГБ на последовательность. … в 4,7 раза меньше, чем у X на токен (320 КиБ)`: a total and a
    # size per token (parameter, layer) are of two kinds, never the pair a ratio compares
    pers = {_per_of(text, q, max(begin, q.start - 60)) for q in pool}
    if len(pers) != 1:
        return []
    # `… 8.03 GB of weights … An fp8 cache halves an 8K chat to 0.25 GiB.`: the size before is the weights', the
    # sentence's of a cache: two things, never the pair a ratio compares
    weights_before = _WEIGHTS_NEAR.search(text, pool[0].end, min(s.start, pool[0].end + 24)) is not None
    if weights_before and _CACHE_OR_CHAT.search(text, s.start, s.end) and not _WEIGHTS_NEAR.search(text, s.start, s.end):
        return []
    return pool


# ratio words said of something named before (`halves it: 16 GB …, and 8 GB …`): the sizes after may be its pair
_PRONOUN_AFTER = guarded(r"(?i)\s*(?:it|that|this|them|это|его|их|её)\b")
_MISSTATED_AFTER = guarded(
    r"(?i)\s*(?:(?:too|is|was|are|were)\s+)?(?:overstated|understated|inflated|too\s+(?:high|low|large|small)|off\b"
    r"|завыш\w*|заниж\w*|преувелич\w*|преуменьш\w*|ошиб\w*)"
)
_NEW_CLAUSE_BETWEEN = guarded(r"(?i);|,\s*(?:а|но|and|but|while|whereas)\b|\s—\s*а\b")
_WEIGHTS_NEAR = guarded(r"(?i)\bweights?\b|(?<!\w)вес(?:а|ов|ами)?(?!\w)")
_CACHE_OR_CHAT = guarded(r"(?i)\bcache\b|\bKV\b|\bchats?\b|\bcontext\b|(?<!\w)кэш\w*|(?<!\w)кеш\w*|контекст\w*|диалог\w*")


_PER_AFTER = guarded(r"(?i)\s*(?:/\s*|per\s+|на\s+)(token|param|layer|токен|параметр|сло)")
_PER_BEFORE = guarded(r"(?i)(?:per\s+|на\s+)(token|param|layer|токен|параметр|сло)\w*[^,;.]{0,30}$")
_PER_CLASS = {"токен": "token", "параметр": "param", "сло": "layer"}


_PER_ANYWHERE = guarded(r"(?i)(?:per\s+|на\s+)(token|param|layer|токен|параметр|сло)")


def _per_of(text: str, q: Quantity, start: int, *, line_subject: bool = False) -> str:
    """What a size is said per (`320 KiB per token`, `на токен уходит 512 КиБ`): token, param, layer
    or "". With `line_subject`, a `per …` anywhere before it on its line counts (`KV cache per token
    with GQA (…): … = 320 KiB`)."""
    before = _PER_ANYWHERE.search(text, start, q.start) if line_subject else None
    m = _PER_AFTER.match(text, q.end) or before or _PER_BEFORE.search(text, max(start, q.start - 60), q.start)
    word = m.group(1).lower() if m else ""
    return _PER_CLASS.get(word, word)


# right after the ratio words: what the figure is compared with is named (`32× smaller than fp32`)
_NAMED_REFERENT = guarded(r"(?i)\s*,?\s*(?:than|чем|vs\.?|versus|compared|against|по\s+сравнению|относительно|против)\b")


@lru_cache(maxsize=64)
def _sizes_per(line: str) -> tuple[tuple[Quantity, str], ...]:
    """The single sizes of a line with what each is said per, read once per line."""
    masked = mask(line)
    return tuple(
        (q, _per_of(masked, q, 0, line_subject=True))
        for q in find_quantities(masked)
        if q.kind == "bytes" and q.scale >= 1e3 and q.hi is None
    )


# a ratio right after a size (`4.9 GB, 3.3 times smaller`), and a break before the next size of the sentence
_RIGHT_AFTER_SIZE = guarded(r"(?i)^[\s,(—–-]*(?:(?:about|roughly|nearly|almost|около|примерно|почти|~|≈)\s*)?$")
_CLAUSE_BREAK = guarded(r"(?i)[,;]|\band\b|\bwhile\b|\bwhereas\b|\bи\b|\bа\b|\bтогда\s+как\b")


def _own_clause_pair(s: Sentence, sizes: list[Quantity], m: re.Match[str], facts: NoteFacts) -> tuple[Quantity, ...] | None:
    """`The Q4_K_M GGUF is 4.9 GB, 3.3 times smaller, and the Q8_0 is 8.5 GB`: a ratio said right after
    a size, with a clause break before the next size, compares that size with the reference before
    it (the size before it in the sentence, else the one the line above states), not with a size of
    the next clause. None: the rule does not apply; (): it applies and no reference is stated."""
    text = s.unit.masked
    before = [q for q in sizes if q.end <= m.start()]
    after = [q for q in sizes if q.start >= m.end()]
    if not before or not after or not _RIGHT_AFTER_SIZE.match(text[before[-1].end : m.start()]):
        return None
    gap = text[m.end() : after[0].start]
    if _NAMED_REFERENT.match(gap) or _THAN.match(gap) or not _CLAUSE_BREAK.search(gap):
        return None
    y = before[-1]
    if len(before) >= 2:
        return (before[-2], y)
    larger, smaller = bool(m.group("l1") or m.group("l2")), bool(m.group("s1") or m.group("s2"))
    if larger == smaller or s.unit.source == "table":
        return ()
    per = _per_of(text, y, s.start)
    for line in facts.lines_above.get(s.unit.line, ()):
        same = [q for q, of in _sizes_per(line) if of == per]
        if not same:
            continue
        if len(same) != 1 or same[0].value == y.value or (y.value > same[0].value) != larger:
            return ()
        return (y, same[0])
    return ()


# the ratio words end on what they compare with (`2× the bf16 copy`, `4× a 4-bit export`, `4× Llama 2's`)
_REFERENT_AT_END = guarded(r"(?i)(?:\bthe|\ban?|\bwhat|['’]s)$")


def _names_its_referent(m: re.Match[str]) -> bool:
    return _REFERENT_AT_END.search(m.group(0)) is not None


# a storage type right after the ratio words names what they compare with (`в 64 раза меньше fp32`, `4× smaller than bf16`)
_TYPE_RIGHT_AFTER = guarded(
    r"(?i)\s*(?:than\s+|чем\s+)?(?:the\s+)?(?:bf16|fp\d{1,2}|f16|f32|int\d|nf4|float\d{2}|Q\d_\w+)(?![\w])"
)
# a size a count multiplies (`128 КиБ × 32 768`): an operand of a product, not one of the two sizes a factor compares
_PRODUCT_AFTER = guarded(r"\s*[×*]\s*\d")


def _from_lines_above(
    s: Sentence, sizes: list[Quantity], m: re.Match[str], facts: NoteFacts, *, typed: bool = False
) -> tuple[Quantity, Quantity] | None:
    """`… 2.5 MiB per token, 8× more.` with no `than`: the size compared with is on a line above in
    the section (the nearest one that states exactly one size said per the same thing), and the
    ratio words' direction agrees with it."""
    text = s.unit.masked
    every = [q for q in s.quantities if q.kind == "bytes" and q.scale >= 1e3 and q.hi is None]
    larger, smaller = bool(m.group("l1") or m.group("l2")), bool(m.group("s1") or m.group("s2"))
    # `ошибка в 8 раз`, `off by 8×`: a discrepancy has no direction, either size may be the larger
    discrepancy = not larger and not smaller and _DISCREPANCY.search(text, max(s.start, m.start() - 30), m.end() + 10)
    if (
        len(every) != 1
        or (larger == smaller and not discrepancy)
        or _NAMED_REFERENT.match(text, m.end())
        or (not typed and _TYPE_RIGHT_AFTER.match(text, m.end()))
        or _names_its_referent(m)
        or s.unit.source == "table"
    ):
        return None  # a table's rows are items side by side, not one sentence going on from the last
    y = every[0]
    per = _per_of(text, y, s.start)
    for line in facts.lines_above.get(s.unit.line, ()):
        same = [q for q, of in _sizes_per(line) if of == per]
        if not same:
            continue
        if len(same) != 1 or same[0].value == y.value or (not discrepancy and (y.value > same[0].value) != larger):
            return None
        return y, same[0]
    return None


_DISCREPANCY = guarded(r"(?i)\bошиб\w*|\bразниц\w*|\bрасхожден\w*|\berror\b|\boff\s+by\b|\bdiscrepan\w*|\bmistake\b")
# the size or type a sentence refers back to (`уменьшает его в 4 раза`, `shrinks it 4×`)
_REFERS_BACK = guarded(r"(?i)\b(?:его|её|ее|их|it|them|this|that|the\s+same|те\s+же|тот\s+же|та\s+же|то\s+же)\b")


@lru_cache(maxsize=64)
def _line_types(line: str) -> dict[str, DtypeMention]:
    """The distinct storage types a line names, read once per line."""
    return {d.name: d for d in find_dtypes(line)}


def _dtype_pair_with_line_above(s: Sentence, facts: NoteFacts) -> tuple[DtypeMention, DtypeMention] | None:
    """`… 6,43 ГиБ в bf16.` / `Конвертация в GGUF Q8_0 уменьшает его в 4 раза.`: the one type this
    sentence names and the one the line just above names, when this sentence refers back to it."""
    here = {d.name: d for d in in_range(s.dtypes, s.start, s.end)}
    lead = facts.lead_in.get(s.unit.line, "")
    if len(here) != 1 or not lead or not _REFERS_BACK.search(s.unit.text, s.start, s.end):
        return None
    above = _line_types(lead)
    if len(above) != 1:
        return None
    first, second = next(iter(above.values())), next(iter(here.values()))
    return (first, second) if first.name != second.name and first.bytes != second.bytes else None


# an answer's label before its ratio (`A:`, `**О:**`, `Ответ —`)
_ANSWER_LEAD = guarded(r"(?i)^[\s>*_-]*(?:(?:a|answer|о|ответ)\s*[:.—–-]?[\s*_]*)?$")


def _question_pair(s: Sentence, m: re.Match[str], facts: NoteFacts) -> tuple[DtypeMention, DtypeMention] | None:
    """`Q: How many times is int8 smaller than fp32?` / `A: 4 times.`: a bare ratio opening an answer
    (no type or size of its own) compares the two types the question just above names."""
    text = s.unit.text
    lead = facts.lead_in.get(s.unit.line, "")
    if in_range(s.dtypes, s.start, s.end) or not lead.rstrip(" *_").endswith("?"):
        return None
    if not _ANSWER_LEAD.match(text[line_start(text, s.start) : m.start()].lstrip("\n")):
        return None
    types = list(_line_types(lead).values())
    if len(types) != 2 or types[0].bytes == types[1].bytes:
        return None
    return types[0], types[1]


# `в 4 раза меньше памяти, чем в bf16`, `4× less disk space than fp16`: what is compared, then its referent
_NOUN_THEN_REFERENT = guarded(
    r"(?i)(?:\s+[^\W\d][^\s,;.()]*){1,3}?\s*,?\s*(?:than|чем|vs\.?|versus|compared|against|по\s+сравнению|относительно|против)\b"
)


def _own_clause_type(s: Sentence, m: re.Match[str]) -> DtypeMention | None:
    """`Converting it to bf16 makes it 2 times smaller, and int4 makes it 8 times smaller`: the one
    storage type named before the ratio words when the next type comes only after a clause break
    (that type is the next clause's own, not the one this ratio compares with)."""
    text = s.unit.masked
    before = {d.name: d for d in in_range(s.dtypes, s.start, m.start()) if s.start <= d.start}
    later = [d for d in in_range(s.dtypes, m.end(), s.end) if d.start >= m.end() and d.name not in before]
    if len(before) != 1 or not later:
        return None
    gap = text[m.end() : later[0].start]
    if _NAMED_REFERENT.match(gap) or _NOUN_THEN_REFERENT.match(gap) or not _CLAUSE_BREAK.search(gap):
        return None  # `2 times smaller than fp32`: the type after the ratio words is its referent
    return next(iter(before.values()))


def _source_type(s: Sentence, facts: NoteFacts, target: DtypeMention) -> DtypeMention | None:
    """The one storage type the sentence's ratios are relative to, stated apart from it: in the
    sentence before on its line, else on the line just above when the sentence refers back to it."""
    text = s.unit.masked
    found: dict[str, DtypeMention] = {}
    if s.start > 0:
        begin = line_start(text, s.start)
        prev_start = max(begin, *(text.rfind(c, begin, s.start - 2) + 1 for c in ".!?"))
        found = {d.name: d for d in in_range(s.dtypes, prev_start, s.start) if prev_start <= d.start < s.start}
    lead = facts.lead_in.get(s.unit.line, "")
    if not found and lead and _REFERS_BACK.search(s.unit.text, s.start, s.end):
        found = dict(_line_types(lead))
    if len(found) != 1:
        return None
    source = next(iter(found.values()))
    return source if source.name != target.name and source.bytes != target.bytes else None


def _dtype_pair_with_previous(s: Sentence) -> tuple[DtypeMention, DtypeMention] | None:
    """Two storage types, one named in the sentence before on the same line when this one names
    fewer than two (`In bf16 it is 15 GB. As Q4_K_M it is 3.3 times smaller.`)."""
    if s.start == 0:
        return None
    text = s.unit.masked
    begin = line_start(text, s.start)
    prev_start = max(begin, *(text.rfind(c, begin, s.start - 2) + 1 for c in ".!?"))
    here = _distinct([d for d in in_range(s.dtypes, s.start, s.end) if s.start <= d.start])
    prev = _distinct([d for d in in_range(s.dtypes, prev_start, s.start) if prev_start <= d.start < s.start])
    if len(here) != 1 or len(prev) < 2:
        return _dtype_pair(s, prev_start, s.end)
    # `4-bit weights and an 8-bit KV cache. The cache is 4× smaller than fp32.`: the sentence names its
    # own referent; the other side is the type the sentence before gives the thing this one is about
    first = RATIO_WORDS.search(text, s.start, s.end)
    noun = _THING.search(s.unit.text, s.start, first.start() if first else s.end)
    if noun is None:
        return None
    stem = noun.group(0).lower()[:4]

    def beside(d: DtypeMention) -> bool:  # the noun next to the type, in its own clause
        left = _CLAUSE_BREAK.split(s.unit.text[max(prev_start, d.start - 25) : d.start])[-1]
        right = _CLAUSE_BREAK.split(s.unit.text[d.end : min(s.start, d.end + 25)])[0]
        return stem in (left + " " + right).lower()

    near = [d for d in prev if beside(d) and d.name != here[0].name]
    if len(near) != 1 or near[0].bytes == here[0].bytes:
        return None
    return near[0], here[0]


# what a ratio's sentence is about, to find its type in the sentence before
_THING = guarded(
    r"(?i)\bcache\b|\bweights?\b|\bactivations?\b|\bembeddings?\b|\bgradients?\b|\boptimizer\b|\bindex\b|\bvectors?\b"
    r"|кэш\w*|кеш\w*|\bвес(?:а|ов)?\b|активаци\w*|эмбеддинг\w*|градиент\w*|оптимизатор\w*|индекс\w*|вектор\w*"
)


def _clause_dtype_pair(s: Sentence, start: int, end: int) -> tuple[DtypeMention, DtypeMention] | None:
    """The two storage types of the clause a ratio or percent stands in, when the sentence has more
    clauses (`Q4_K_M is 3.3× smaller than F16, while Q8_0 saves 47 % compared with F16`: the percent
    is Q8_0's against F16, not Q4_K_M's); None when its clause names fewer than two."""
    text = s.unit.masked
    lo = s.start
    for e in _CLAUSE_BREAK.finditer(text, s.start, start):
        lo = e.end()
    h = _CLAUSE_BREAK.search(text, end, s.end)
    hi = h.start() if h is not None else s.end
    if lo == s.start and hi == s.end:
        return None
    return _dtype_pair(s, lo, hi)


def _dtype_pair(s: Sentence, a: int = -1, b: int = -1) -> tuple[DtypeMention, DtypeMention] | None:
    """The first two storage types named in the sentence (or in [a, b) of it) that differ in size."""
    a, b = (s.start, s.end) if a < 0 else (a, b)
    names: dict[str, DtypeMention] = {}
    for d in in_range(s.dtypes, a, b):
        if a <= d.start < b and d.name not in names:
            names[d.name] = d
    if len(names) < 2:
        return None
    first, second = list(names.values())[:2]
    return (first, second) if first.bytes != second.bytes else None


# `TP=2 × PP=2`, `2 × 8 GPUs`, `4 × 1024`: the × joins two factors of a product, it states no ratio
_FACTOR_OF_PRODUCT = guarded(r"(?i)\s*(?:[A-Z]{1,4}\s*=\s*)?\d")
_DEGREE_BEFORE = guarded(r"(?i)\b[A-Z]{1,4}\s*=\s*$")
_DEVICE_AFTER = guarded(
    r"(?i)\s*(?:GPUs?|cards?|nodes?|A100|H100|H200|B200|L40S?|L4\b|T4\b|A10G?\b|V100|RTX|MI300|карт\w*|видеокарт\w*|узл\w*)"
)


_THAN = guarded(
    r"(?i)^[\s,]*(?:than|чем|as\s+(?:much|large|big|many)\s+as|compared\s+(?:with|to)|по\s+сравнению\s+с|относительно)\b[^.;:]{0,40}$"
)


def _compared(s: Sentence, start: int, end: int) -> tuple[Quantity, Quantity] | None:
    """`8 KiB per token, 16 times less than model Y (128 KiB)`: the one size before the ratio
    words and the one after `than`/`чем`, either said per token or per parameter (both of a kind)."""
    every = [q for q in s.quantities if q.kind == "bytes" and q.scale >= 1e3 and q.hi is None]
    before = [q for q in every if q.end <= start]
    after = [q for q in every if q.start >= end]
    if len(before) != 1 or len(after) != 1 or not _THAN.match(s.unit.masked[end : after[0].start]):
        return None
    return before[0], after[0]


_GROUPED = guarded(r"\d[,\u00a0\u202f ]\d{3}(?:[,\u00a0\u202f ]\d{3})+$")
_PARAMS_AFTER = guarded(r"(?i)\s*(?:[\w-]+\s+)?(?:param\w*|параметр\w*)")
_TOKENS_AFTER = guarded(r"(?i)\s*(?:[\w-]+\s+)?(?:tokens?|токен\w*|vectors?|вектор\w*|rows?|строк\w*)")


def _param_figures(text: str) -> list[Quantity]:
    """The figures of a line said of parameters, not of tokens."""
    return [
        q
        for q in find_quantities(text)
        if (_PARAMS_AFTER.match(text, q.end) or re.search(r"(?i)param|параметр", q.text)) and not _TOKENS_AFTER.match(text, q.end)
    ]


_COUNT_AFTER_MODEL = guarded(r"\s?\(\s?(?:~|≈)?")


def _param_counts(s: Sentence, start: int) -> tuple[Quantity, Quantity] | None:
    """`A has N parameters; B has M, about K times as many`: the two parameter
    counts (exact integers, or counts said of parameters) stated before the ratio words."""
    text = s.unit.masked
    counts = [
        q
        for q in s.quantities
        if q.hi is None
        and q.end <= start
        and (q.kind == "count" or (q.kind == "number" and _GROUPED.search(q.text)))
        and not _TOKENS_AFTER.match(text, q.end)
    ]
    if len(counts) == 1 and s.start > 0:  # `A has N parameters; B has M, about 3 times as many`
        earlier = last_before(_param_figures, s.start, text)
        counts = [earlier, *counts] if earlier is not None and earlier.kind in ("count", "number") else counts

    def params(q: Quantity) -> bool:
        # `Llama-3.1-8B (8,0 млрд)`: a count in parentheses right after a catalogued model is its size
        after_model = any(
            x.config is not None and 0 <= q.start - x.end <= 4 and _COUNT_AFTER_MODEL.fullmatch(s.unit.text, x.end, q.start)
            for x in s.models
        )
        said = _PARAMS_AFTER.match(text, q.end) or re.search(r"(?i)param|параметр", q.text)
        return bool(said or (after_model and q.scale >= 1e6))

    if len(counts) != 2 or not any(params(q) for q in counts) or any(q.kind == "count" and not params(q) for q in counts):
        return None
    return counts[0], counts[1]


# a hedge right before the ratio words (`roughly halves`, `about 3 times smaller`, `примерно в 4 раза`)
_HEDGED_RATIO = guarded(
    r"(?i)(?:~|≈|\babout|\bapproximately|\bapprox\.?|\broughly|\baround|\bnearly|\balmost"
    r"|около|примерно|приблизительно|порядка|почти)\s*(?:by\s+)?$"
)


def _hedge_tolerance(n_text: str) -> float:
    """How far a hedged factor may be from the computed one: as for a hedged figure, half a unit of
    its last digit (a word or `halves` is a one-digit integer) or a tenth of it, whichever is more."""
    digits = n_text.replace(",", ".")
    last = 0.5 * 10.0 ** -len(digits.split(".")[1]) if "." in digits else 0.5
    return max(last, 0.1 * _number(n_text) if n_text else 0.0)


# the factors between two units of bytes (GB/GiB 1.074, MB/GiB 1.0737·1000, KiB/MiB 1024, GB/MB 1000)
_UNIT_FACTORS = tuple(1000.0**i * 1.024**j for i in range(5) for j in range(5) if i + j > 0)


def _one_size_twice(pair: list[Quantity], stated_n: float) -> bool:
    """Two figures whose ratio is only a factor between units (`6.43 GB` and `6.43 GiB`, `93.4 GiB`
    and `87 GiB`, `4.5 GiB` and `4.5 MiB`) while the factor stated is another: one size said twice."""
    if len(pair) != 2 or min(q.value for q in pair) <= 0:
        return False
    ratio = max(q.value for q in pair) / min(q.value for q in pair)
    near = [u for u in _UNIT_FACTORS if abs(ratio / u - 1) <= 0.004]
    return bool(near) and not any(abs(stated_n / u - 1) <= 0.1 for u in near) and abs(stated_n - ratio) > 0.1 * ratio


def _types_factor(s: Sentence, stated_n: float) -> str:
    """Two storage types the line names (this sentence and those before it on the line) whose bytes per
    weight are in the stated factor: `bf16 vs mxfp4`, else ''."""
    kinds: dict[str, float] = {}
    for d in find_dtypes(s.unit.text[line_start(s.unit.text, s.start) : s.end]):
        if d.bytes > 0:
            kinds.setdefault(d.name, d.bytes)
    names = sorted(kinds)[:8]
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            big, small = max(kinds[a], kinds[b]), min(kinds[a], kinds[b])
            if small < big and abs(big / small - stated_n) <= max(0.05 * stated_n, 0.05):
                return f"{a} vs {b}"
    return ""


def _nearest_pair(sizes: list[Quantity], start: int, end: int) -> list[Quantity]:
    """The two sizes a ratio word at [start, end) relates when the sentence states more than two
    (`from 26 GB to 13 GB halves it, and int4 gives 6.5 GB`): the last before it and the first
    after it, else the two nearest to it."""
    if len(sizes) <= 2:
        return sizes
    before = [q for q in sizes if q.end <= start]
    after = [q for q in sizes if q.start >= end]
    if before and after:
        return [before[-1], after[0]]
    return sorted(sizes, key=lambda q: min(abs(q.start - end), abs(start - q.end)))[:2]


# `1 bit per dimension`, `4 бита на вес`: a code of K bits for each element, compared with a dtype
_BITS_PER_ELEMENT = guarded(
    r"(?i)(?<![\d.,])(?P<k>\d{1,2}(?:[.,]\d{1,3})?)[- ]?(?:bits?|бит\w*)\s+(?:per|/|на)\s+"
    r"(?:dim\w*|weight|value|param\w*|element|component|coordinate|измерени\w*|вес\b|значени\w*|параметр\w*|элемент\w*|компонент\w*)"
    # … or the bits a format is read at (`at 4.125 bits the 70B …`, `при 4,5 битах`, `4.5 bpw`)
    r"|(?:\bat|\bпри)\s+(?P<at>\d{1,2}(?:[.,]\d{1,3})?)[- ]?(?:bits?\b|бит\w*)(?!\s*(?:per|/|на|a|an|each|каждый)\s)"
    r"|(?<![\d.,])(?P<bpw>\d{1,2}(?:[.,]\d{1,3})?)\s*bpw\b"
)
# a sentence that refers to the one before it (`That is 32× smaller than fp32`, `Это в 8 раз меньше`)
_REFERS_TO_PREVIOUS = guarded(r"(?i)\W*(?:that|this|it|which|это|что|так)\b")
_SHRINK = guarded(r"(?i)smaller|less|shrink\w*|compress\w*|reduc\w*|меньше|сжима\w*|сжат\w*|уменьша\w*|экономи\w*")


# a sentinel: the rule applies and reads no claim (nothing else may read the sentence's factors)
_NO_PAIR = Found()


def _code_before(s: Sentence, facts: NoteFacts) -> re.Match[str] | None:
    """The one code of K bits per element the sentence before states: on the same line, else the line
    just above (of its paragraph, or the list item above it)."""
    text = s.unit.text
    begin = line_start(text, s.start)
    prev_start = max(begin, *(text.rfind(c, begin, max(begin, s.start - 2)) + 1 for c in ".!?"))  # that sentence only
    before = text[prev_start : s.start]
    if prev_start == begin and not before.strip():  # the sentence opens its line
        before = facts.lead_in.get(s.unit.line, "") or next(iter(facts.lines_above.get(s.unit.line, ())), "")
    codes = list(_BITS_PER_ELEMENT.finditer(before))
    return codes[0] if len({_code_bits(c) for c in codes}) == 1 else None


def _code_bits(code: re.Match[str]) -> float:
    return float((code.group("k") or code.group("at") or code.group("bpw")).replace(",", "."))


def _bits_per_element_ratio(s: Sentence, m: re.Match[str] | None, mults: list[Quantity], facts: NoteFacts) -> list[Found]:
    """`Binary codes (1 bit per dimension) are 32× smaller than fp32`: a ratio of a K-bit code to the
    one dtype the sentence names, said as a reduction."""
    text = s.unit.text
    code = _BITS_PER_ELEMENT.search(text, s.start, s.end)
    named = {d.name: d for d in in_range(s.dtypes, s.start, s.end) if d.bytes >= 1}
    if len(named) > 1 and code is not None and _SHRINK.search(text, s.start, s.end):
        return _code_against_each(s, code, mults) or [_NO_PAIR]
    if len(named) != 1 or not _SHRINK.search(text, s.start, s.end) or (m is not None and _not_a_size_ratio(s, m)):
        return []
    if code is None and _REFERS_TO_PREVIOUS.match(text, s.start):
        code = _code_before(s, facts)  # the code the sentence before (on its line, or the line above) states
    if code is None:
        return []
    d = next(iter(named.values()))
    if m is not None and (m.group("n1") or m.group("n3")):
        n_text = m.group("n1") or m.group("n3")
        stated_n, at, to, shown = _number(n_text), m.start(), m.end(), m.group(0)
    elif len(mults) == 1:
        stated_n, at, to, shown = mults[0].value, mults[0].start, mults[0].end, mults[0].text
    else:
        return []
    k = _code_bits(code)
    if not k or k >= d.bytes * 8:
        return []
    ratio = d.bytes * 8 / k
    ok = abs(ratio - stated_n) <= max(0.05 * stated_n, 0.05)
    how = f"{d.name} {d.bytes * 8:g} bits vs a {k:g}-bit code: ratio {ratio:.4g}; stated {stated_n:g}×"
    claim = make_claim(s.unit, at, to, "ratio", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=shown)
    return [Found(claim, ((at, to),), (Fact("ratio", stated_n, stated_n, s.unit.line),))]


# a factor's referent right after it: `32× reduction over fp32`, `16× over fp16`, `32× smaller than fp32`
_FACTOR_REFERENT = guarded(
    rf"(?i)\s*(?:{_SMALLER}|{_LARGER})?\s*,?\s*(?:over|than|vs\.?|versus|compared\s+(?:with|to)|relative\s+to|against|чем|по\s+сравнению\s+с"
    r"|относительно|против)\s+(?:(?:the|a|an|в|у)\s+)?$"
)


def _code_against_each(s: Sentence, code: re.Match[str], mults: list[Quantity]) -> list[Found]:
    """`1 bit per dimension: a 32× reduction over fp32 and 16× over fp16`: with a K-bit code and two
    or more types named, each factor compares the code with the type its own `over`/`than` names
    (never the two types with each other); a factor with no such type is not read."""
    text = s.unit.text
    k = _code_bits(code)
    out: list[Found] = []
    if not k:
        return out
    types = [d for d in in_range(s.dtypes, s.start, s.end) if s.start <= d.start and d.bytes >= 1]
    factors = [(q.start, q.end, q.value, q.text) for q in mults]
    for r in RATIO_WORDS.finditer(s.unit.masked, s.start, s.end):
        n_text = r.group("n1") or r.group("n3")
        if n_text and not any(a <= r.start() < b or r.start() <= a < r.end() for a, b, _, _ in factors):
            factors.append((r.start(), r.end(), _factor(s, n_text), r.group(0)))
    for start, end, value, shown in sorted(factors):
        if start < code.end() or _not_a_size_ratio_at(s, start, end):
            continue
        d = next((d for d in types if d.start >= end and _FACTOR_REFERENT.fullmatch(text, end, d.start)), None)
        if d is None or k >= d.bytes * 8:
            continue
        ratio = d.bytes * 8 / k
        ok = abs(ratio - value) <= max(0.05 * value, 0.05)
        how = f"{d.name} {d.bytes * 8:g} bits vs a {k:g}-bit code: ratio {ratio:.4g}; stated {value:g}×"
        claim = make_claim(s.unit, start, end, "ratio", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=shown)
        out.append(Found(claim, ((start, end),), (Fact("ratio", value, value, s.unit.line),)))
    return out


_RANGE_BEFORE = guarded(r"(?<![\d.,])(?P<lo>\d+(?:[.,]\d+)?)\s*[–—-]\s*$")


# `в 9 раз больше оптимума по Chinchilla`, `about 365 times the Chinchilla budget`: tokens over 20 per parameter
_CHINCHILLA = guarded(
    r"(?i)(?P<n>\d+(?:[.,]\d+)?)\s*(?:×|x|times|раза?)\s+(?:(?:more|larger|bigger|больше)\s+)?(?:than\s+|чем\s+)?"
    r"(?:(?:the|a)\s+)?(?:(?:Chinchilla|compute[-\s]optimal)(?:[-\s]optimal)?\s+(?:optimum|budget|point|amount|count)|оптимум\w*)"
)
_BUDGET_GAP = guarded(r"(?i)\s*(?:(?:of|is|=|≈|по\s+\S+|for\s+\S+)\s*)?[(:—–,-]?\s*(?:~|≈|about|around|около|примерно)?\s*")
_CHINCHILLA_NAMED = guarded(r"(?i)chinchilla|шиншилл|compute[-\s]optimal|оптимум\w*\s+по\s+(?:Chinchilla|Хоффман)")
_TOKENS_WORD_AFTER = guarded(r"(?i)-?\s?(?:tokens?|токен)")
_PARAMS_WORD_AFTER = guarded(r"(?i)\s*(?:param|параметр)")
CHINCHILLA_TOKENS_PER_PARAMETER = 20.0


def _a_parameter_count(text: str, q: Quantity) -> bool:
    return q.kind == "count" and ("парам" in q.unit or "param" in q.unit or _PARAMS_WORD_AFTER.match(text, q.end) is not None)


def _chinchilla_ratio(s: Sentence) -> list[Found]:
    """`N times the Chinchilla optimum`: the tokens the sentence states over 20 tokens per parameter of
    the one model it names (or the one parameter count it states)."""
    text = s.unit.text
    m = _CHINCHILLA.search(text, s.start, s.end)
    if m is None or not (_CHINCHILLA_NAMED.search(text, s.start, s.end) or "оптимум" in m.group(0).lower()):
        return []
    # every figure of the sentence, those an earlier shape checked too (`6 × 1.24e9 × 9e12 = …`): inputs only
    qs = [q for q in starting_in(find_quantities, s.start, s.end, s.unit.masked) if q.hi is None and q.end <= s.end]
    tokens = {
        q.value
        for q in qs
        if (q.kind == "tokens" or (q.kind == "count" and _TOKENS_WORD_AFTER.match(text, q.end)))
        # `3× the Chinchilla budget of 20B tokens`, `оптимума по Chinchilla (20 млрд токенов …)`: the
        # optimum itself, named right after the words, is no count of the tokens trained
        and not (q.start >= m.end() and _BUDGET_GAP.fullmatch(text, m.end(), q.start))
    }
    if len(tokens) != 1:
        return []
    (d,) = tokens
    configs = {x.config.name: x.config for x in s.models if x.config is not None and s.start <= x.start < s.end}
    stated = {
        q.value
        for q in qs
        if q.kind in ("count", "number")
        and 1e7 <= q.value < 1e13
        and abs(q.value - d) > 0.01 * d
        and (_a_parameter_count(text, q) or not configs)
    }
    if len(configs) == 1 and not stated:
        n = float(count_parameters(next(iter(configs.values()))).total)
    elif len(stated) == 1 and len(configs) <= 1:
        (n,) = stated
    else:
        return []
    stated_n = _number(m.group("n"))
    ratio = d / (CHINCHILLA_TOKENS_PER_PARAMETER * n)
    ok = abs(ratio - stated_n) <= max(0.05 * stated_n, 0.05)
    hedged = _HEDGED_RATIO.search(text, max(s.start, m.start() - 20), m.start())
    if not ok and hedged and abs(ratio - stated_n) <= _hedge_tolerance(m.group("n")):
        ok = True
    off = max(ratio / stated_n, stated_n / ratio) if ratio and stated_n else math.inf
    verdict = Verdict.HOLDS if ok else Verdict.UNVERIFIABLE if off < 1.3 else Verdict.WRONG  # the 20 is itself rounded
    how = f"{d:.4g} tokens / (20 tokens per parameter × {n / 1e9:.4g}B params) = {ratio:.4g}× the Chinchilla optimum"
    how += f"; stated {stated_n:g}×"
    claim = make_claim(s.unit, m.start(), m.end(), "ratio", verdict, how, stated=m.group(0))
    return [Found(claim, ((m.start(), m.end()),), (Fact("ratio", stated_n, stated_n, s.unit.line),))]


# `15,23 / 4,68 ≈ 3,3 раза`, `26 GB / 6.5 GB = 4×`: a quotient written out, then the factor it gives
_DIVIDED = guarded(r"\s*/\s*")
_QUOTIENT_GAP = guarded(r"\s*(?:=|≈|~|→|->)?\s*")
_FACTOR_AFTER = guarded(r"(?i)\s*(?:(?:×|x|х)(?![\w])(?!\s*[\d(])|times\b(?!\s*\d)|-?fold\b|раз(?:а|ов)?\b)")
_OPERATOR_NEAR = guarded(r"[*×·/+^−-]\s*$")


def _written_quotients(s: Sentence) -> list[Found]:
    """A division of two figures of one kind and the factor stated for it: the factor is checked
    against the quotient (the figures themselves stay claims of their own)."""
    text = s.unit.masked
    qs = [q for q in s.quantities if q.hi is None]
    out: list[Found] = []
    for a, b, c in zip(qs, qs[1:], qs[2:], strict=False):
        if a.kind != b.kind or a.kind in ("percent", "multiplier") or c.kind not in ("number", "multiplier") or not b.value:
            continue
        if not _DIVIDED.fullmatch(text, a.end, b.start) or not _QUOTIENT_GAP.fullmatch(text, b.end, c.start):
            continue
        sign = text[b.end : c.start] + c.text[:1]
        if not re.search(r"[=≈~→>]", sign) or _OPERATOR_NEAR.search(text, max(s.start, a.start - 3), a.start):
            continue
        if c.kind != "multiplier" and not _FACTOR_AFTER.match(text, c.end):
            continue  # `64 / 8 = 8 per GPU`: a quotient that is no factor
        got = a.value / b.value
        if a.kind == "bytes" and a.binary != b.binary and b.printed:
            got = a.printed / b.printed  # `14 GB / 7 GiB = 2×`: the figures as written are divided
        digits = re.search(r"\d+(?:[.,](\d+))?", c.text)
        half = 0.5 * 10.0 ** -len(digits.group(1) or "") if digits else 0.5
        tol = max(half * (2 if "≈" in sign or "~" in sign or c.hedge else 1), 0.01 * got) + 1e-9
        ok = abs(c.value - got) <= tol
        how = f"{a.text} / {b.text} = {got:,.4g}; stated {c.text.lstrip('=≈~ ')}"
        claim = make_claim(s.unit, a.start, c.end, "ratio", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=c.text)
        out.append(Found(claim, ((c.start, c.end),)))  # no fact: the quotient would "restate" its own figures
    return out


# the ratio words end their clause or name their referent next (no noun of another thing: `4× more room`)
_RATIO_ENDS = guarded(
    rf"(?i)(?:\s+(?:{_SMALLER}|{_LARGER}))?\s*(?:[.,;:)!?—–-]|$|than\b|чем\b|as\b|по\s+сравнению|относительно|против)"
)


# ---------------------------------------------------------------------------------------------
# a factor between the two figures of one kind the sentence states right before it: tokens, FLOPs, a rate or a time
# (`260B tokens; Llama 2 used 2T, about 7.7× more`, `7,2·10²³ ФЛОП, а 3,8·10²⁵ ФЛОП — в 53 раза больше`)

_PAIRED_KINDS = frozenset({"tokens", "flops", "throughput", "time"})
# a noun right after the factor that is the kind's own (`7.7× more tokens`, `46× less compute`): any other is of another thing
_KIND_NOUN = {
    "tokens": r"tokens?|data|токен\w*|данных",
    "flops": r"flops?|compute|флоп\w*|вычислен\w*|компьют\w*",
    "throughput": r"throughput|speed|скорост\w*|пропускн\w*",
    "time": r"time|longer|shorter|slower|faster|дольше|быстрее|медленнее|времени",
}
# what may follow the factor and still leave it about the pair (`than`, `per token`, a clause's end)
# after the factor: the sentence ends or goes on, or names what is compared with; not a qualifier that makes it a
# factor of another quantity (`в 13 раз меньше по размеру`, `1.6× more in GPU-hours`, `6.6× more per parameter`)
_PAIR_NEXT = guarded(
    r"(?i)\s*(?:$|[.,;:!?)\]—–-]|(?:than|чем|as|vs\.?|versus|compared|against|против|относительно|and|but|и|а|но)(?![\w-]))"
)
# between the second figure and the factor: punctuation, a restating word and a hedge only
_PAIR_GAP = guarded(
    r"(?i)^(?:\s+(?:for|of|at|on|in|with|by|from|для|у|на|при|в|из|от)\s+[^\W\d][\w.-]*)?"  # whose it is: `for HF`
    r"[\s,;:(—–-]*(?:(?:that(?:['’]s|\s+is)|i\.\s?e\.,?|so|or|это|то\s+есть|т\.\s?е\.|или|что)[\s,]*)?"
    r"(?:(?:about|roughly|nearly|almost|around|approximately|some|~|≈|около|примерно|почти|приблизительно)\s*)?$"
)
_PAIR_REACH = 240
_PAIR_REACH_BACK = 24
_PAIR_BACK = guarded(r"(?i)\s*(?:that(?:['’]s|\s+is)|this\s+is|i\.\s?e\.|so|это|то\s+есть|т\.\s?е\.)(?![\w-])")
_PAIR_PER = guarded(r"(?i)\s*(?:/\s*|per\s+|на\s+|за\s+)([^\W\d]+)")
_PAIR_OPERAND = guarded(r"[×*·/÷]\s*$")
_PAIR_OPERATOR_AFTER = guarded(r"\s*[×*·/÷^]")


def _stated_pair_ratio(
    s: Sentence, m: re.Match[str], start: int, end: int, n_q: Quantity | None, stated_n: float
) -> Found | None:
    """A factor whose two figures the sentence states right before it, both of one kind (tokens, FLOPs, a rate, a time),
    the same per-what, neither an operand of a formula, no other figure of that kind in the sentence, and nothing after
    the factor naming another quantity. Off by more than the figures' rounding: wrong."""
    text = s.unit.masked
    if sum(1 for _ in RATIO_WORDS.finditer(text, s.start, s.end)) != 1:
        return None  # `7× more … with 4× fewer parameters`: which factor is of the pair is not certain
    if sum(1 for q in s.quantities if q.kind == "multiplier") > 1:
        return None
    figures = [q for q in s.quantities if q.kind in _PAIRED_KINDS]
    if len(figures) < 2 and s.start > 0 and all(q.end <= start for q in figures):
        # `… would be 260B tokens; Llama 2 used 2T, 7.7× more`, `… 10.2 GFLOP vs 233.6 GFLOP. That's 46× less`: the
        # figures of the sentence before it on its line (read within a bounded reach)
        begin = max(line_start(text, s.start), s.start - _PAIR_REACH)
        before = [q for q in find_quantities(text[begin : s.start]) if q.kind in _PAIRED_KINDS]
        if len(figures) + len(before) != 2 or (not figures and not _PAIR_BACK.match(text, s.start)):
            return None
        figures = [replace(q, start=q.start + begin, end=q.end + begin) for q in before] + figures
    kinds = {q.kind for q in figures}
    if len(figures) != 2 or len(kinds) != 1 or figures[1].end > start:
        return None
    a, b = figures
    kind = a.kind
    if a.hi is not None or b.hi is not None or a.bound or b.bound or a.value <= 0 or b.value <= 0 or a.value == b.value:
        return None
    if b.end < s.start:
        if start - s.start > _PAIR_REACH_BACK:
            return None  # the factor opens the sentence referring back (`That's 46× less`), or it is of another thing
    elif not _PAIR_GAP.match(text[b.end : start]):
        return None  # the factor is not said of the figure right before it
    for q in (a, b):
        if _PAIR_OPERAND.search(text, max(0, q.start - 4), q.start) or _PAIR_OPERATOR_AFTER.match(text, q.end):
            return None  # an operand of a formula: a chain's figures, not the two compared
    pers = set()
    for q in (a, b):
        per = _PAIR_PER.match(text, q.end)
        pers.add(per.group(1).lower()[:5] if per else "")
    if len(pers) != 1:
        return None  # `1.2 s per step vs 40 s per epoch`: two kinds of figure
    after = text[end : min(s.end, end + 40)]
    if not _PAIR_NEXT.match(after) and not re.match(rf"(?i)\s*(?:more\s+|less\s+|fewer\s+)?(?:{_KIND_NOUN[kind]})\b", after):
        return None  # `46× less memory`, `4× more GPUs`: a factor of something else
    big, small = (a, b) if a.value > b.value else (b, a)
    ratio = big.value / small.value
    # the figures are rounded: the factor they allow
    lo = max(big.value - big.half_unit() * big.scale, 0.0) / (small.value + small.half_unit() * small.scale)
    hi_den = small.value - small.half_unit() * small.scale
    hi = (big.value + big.half_unit() * big.scale) / hi_den if hi_den > 0 else math.inf
    how = f"{big.text} / {small.text} = {ratio:,.4g}"
    n_text = n_q.text if n_q is not None else text[start:end]
    if n_q is not None:
        check = compare(n_q, ratio)
        verdict, explanation = check.verdict, f"{how}; {check.explanation}"
    else:
        ok = abs(ratio - stated_n) <= max(0.05 * stated_n, 0.05)
        verdict, explanation = (Verdict.HOLDS if ok else Verdict.WRONG), f"{how}; stated {stated_n:g}×"
    hedged = _HEDGED_RATIO.search(text, max(s.start, start - 20), start) is not None or (n_q is not None and n_q.hedge)
    if not verdict.holds and hedged and abs(ratio - stated_n) <= _hedge_tolerance(str(stated_n)):
        verdict, explanation = Verdict.HOLDS_APPROX, f"{how}; stated {stated_n:g}× (approximate)"
    elif not verdict.holds and lo * 0.95 <= stated_n <= hi * 1.05:
        verdict = Verdict.HOLDS_ROUNDING
        explanation = f"{how} ({lo:.3g}–{hi:.3g} as the figures are rounded); stated {stated_n:g}×"
    claim = make_claim(s.unit, start, end, "ratio", verdict, explanation, stated=n_text)
    return Found(claim, ((start, end),), (Fact("ratio", stated_n, stated_n, s.unit.line),))


_MISPAIRED = 100  # a pair this many times farther apart than the factor stated is not the pair it is said of


_NEGATED_BEFORE = guarded(r"(?i)(?:\bnot|(?<!\w)не|\bnever)\s+(?:(?:a|an|the|even|всего|даже)\s+)?(?:~|≈)?\s*$")


def ratio_words(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`N times smaller`, `в N раз меньше`, `halving`, `by a factor of N`, or an `N×` figure,
    between two sizes or two dtypes of the sentence."""
    unit, text = s.unit, s.unit.masked
    quotients = _written_quotients(s) if "/" in text[s.start : s.end] else []
    if quotients:
        return quotients
    m = RATIO_WORDS.search(text, s.start, s.end)
    if m is not None and _DEVICE_AFTER.match(unit.text, m.end()) and re.search(r"[×xх]\s*$", m.group(0)):
        m = None  # `| 1 × L4 |`: a count of devices, no ratio
    # `2 × H100`, `1 × RTX 4090 24 ГБ`: a count of devices, not a ratio (the unmasked text names them)
    mults = [
        q
        for q in s.quantities
        if q.kind == "multiplier"
        and q.hi is None
        and not _DEVICE_AFTER.match(unit.text, q.end)
        and not _FACTOR_OF_PRODUCT.match(unit.text, q.end)
        and not _DEGREE_BEFORE.search(unit.text, max(s.start, q.start - 12), q.start)
    ]
    # a size the note negates (`250 GiB, not a tebibyte`, `а не 160 ГБ`) is no term of a ratio (a negated factor itself,
    # `not 10×`, is read as a figure set aside)
    sizes = [
        q
        for q in _sizes(s)
        if not _PRODUCT_AFTER.match(text, q.end) and not _NEGATED_BEFORE.search(text, max(s.start, q.start - 16), q.start)
    ]
    if m is not None and ";" in text[s.start : s.end]:
        # `fp32 doubles that to 32.12 GB; int8 halves it to 8.03 GB`: a factor whose `;`-part states one size, after it,
        # is of that size and one said before the line (`that`): no pair of this line's sizes; the size stays a claim
        lo = text.rfind(";", s.start, m.start()) + 1 or s.start
        hi = text.find(";", m.end(), s.end)
        in_part = [q for q in sizes if lo <= q.start and (hi < 0 or q.end <= hi)]
        one_after = len(in_part) == 1 and in_part[0].start >= m.end() and len(sizes) > 1
        if one_after and _REFERS_BACK.search(text, m.end(), in_part[0].start):
            return []
    coded = _bits_per_element_ratio(s, m, mults, facts) or _chinchilla_ratio(s)
    if coded:
        return [f for f in coded if f is not _NO_PAIR]
    if m is not None and (n_said := _ratio_n_text(m)):
        weighed = _against_weights(s, facts, m.start(), m.end(), _factor(s, n_said), n_said)
        if weighed is not None:
            return [weighed]
    if m is None and not (mults and len(sizes) >= 2):
        return []
    low: re.Match[str] | None = None
    low_n = 0.0
    if m is not None:
        n_text = _ratio_n_text(m)
        stated_n = _factor(s, n_text) if n_text else 0.0
        n_q = next((q for q in mults if q.start <= m.start() < q.end or m.start() <= q.start < m.end()), None)
        start, end = m.start(), m.end()
        # `в 2–4 раза меньше`, `2–4× smaller`: the factor is a range, its upper end what the words matched
        low = _RANGE_BEFORE.search(text, max(s.start, start - 16), start) if m.group("n1") and n_q is None else None
        if low is not None:
            low_n = _number(low.group("lo"))
            if not 0 < low_n < stated_n or any(z.hi is not None for z in sizes):
                return []  # `a 2–4× compression of 90 GB gives 22–45 GB`: a range applied to a size (multiplier_ranges)
            start = low.start("lo")
    else:
        n_q = mults[0]
        stated_n, start, end = n_q.value, n_q.start, n_q.end
    if not stated_n:
        return []
    if m is not None and not low and len(sizes) < 2:
        paired = _stated_pair_ratio(s, m, start, end, n_q, stated_n)
        if paired is not None:
            return [paired]
    if m is not None and _counted_noun_after(s, m):
        return []  # `4× more GPUs`, `в 2 раза больше карт`: a ratio of devices, steps or requests, not of bytes
    compared = (_compared(s, start, end) or _param_counts(s, start) or _per_pair(s, start)) if len(sizes) < 2 else None
    earlier = _dtype_pair_with_previous(s) if compared is None and len(sizes) < 2 and m is not None else None
    if (
        compared is None
        and len(sizes) < 2
        and m is not None
        and _dtype_pair(s) is None
        and earlier is None
        and not _two_models(s)
    ):
        # (two models named: a figure of a line or sentence above is not theirs; their own values are read below)
        prev = _with_previous(s, sizes) if not _names_its_referent(m) else []
        compared = (prev[0], prev[1]) if prev else None
        if compared is None and sizes and _RATIO_ENDS.match(unit.text, m.end()):
            # `Те же веса в fp32 заняли бы 25,6 ГБ — в 4 раза больше`: one size, of the type this sentence
            # names, referring back: the ratio is of that type and the one the line above names (the
            # stated sizes may agree with a wrong figure); `4× more room`: of another thing
            earlier = _dtype_pair_with_line_above(s, facts)
        if compared is None and earlier is None:
            compared = _from_lines_above(s, sizes, m, facts)
            typed = _TYPE_RIGHT_AFTER.match(text, m.end())
            if compared is None and typed and _from_lines_above(s, sizes, m, facts, typed=True):
                # `640 МБ на весь корпус, в 64 раза меньше fp32` below `1,28 ГБ …`: against the type it names, whose size
                # the sentence does not state; not against the size above
                how = f"the factor is against {typed.group(0).strip()}, whose size the text does not state"
                said = n_q.text if n_q else text[start:end]
                claim = make_claim(unit, start, end, "ratio", Verdict.UNVERIFIABLE, how, stated=said)
                return [Found(claim, ((start, end),))]
        if compared is None and not sizes:
            earlier = _dtype_pair_with_line_above(s, facts) or _question_pair(s, m, facts)
    source: DtypeMention | None = None  # the type each ratio of the sentence is relative to, when stated apart
    clause = _own_clause_pair(s, sizes, m, facts) if len(sizes) >= 2 and compared is None and m is not None else None
    if clause == ():
        return []  # `4.9 GB, 3.3 times smaller, and the Q8_0 is 8.5 GB`: its reference is not stated
    if clause and not any(clause[1] is q for q in sizes):
        compared = (clause[0], clause[1])  # the reference is on a line above: the sizes stay claims of their own
    if (
        m is not None
        and compared is None
        and not clause
        and len(sizes) >= 2
        and not any(q.end <= start for q in sizes)
        and (
            (
                not _PRONOUN_AFTER.match(text, end)
                and _NEW_CLAUSE_BETWEEN.search(text, sizes[0].end, sizes[1].start) is not None
            )
            # `первая вдвое завышена: … 0,53125 ГиБ, на 32 слоя — 17 ГиБ`: a figure said off by the factor, named before
            or _MISSTATED_AFTER.match(text, m.end()) is not None
        )
    ):
        # `В fp32 вдвое больше, 32,12 ГБ, а в int4 — 4,02 ГБ`: the factor's result is the first size, its reference said
        # before the sentence; the next clause's size is another type's, never its pair
        return []
    sized_pair = len(sizes) >= 2 or compared is not None
    pair: tuple[DtypeMention, DtypeMention] | None = None  # (the types compared, where no sizes are)
    twice = list(compared or clause or _nearest_pair(sizes, start, end)) if sized_pair else []
    if _one_size_twice(twice, stated_n):
        # `bf16: 6.43 GB — which some apps display as 6.43 GiB`, `4.5 GiB … 4.5 MiB`: two figures a unit
        # apart are one size said twice (or mis-said), not the two things a factor of 2.6 compares; the
        # factor is read from its own nouns (`the parameters of the 1B`), else it is not checked. Which
        # model the sizes are of is not certain beside a ratio of two models: they stay unread.
        got = (_model_ratio(s, m, facts) or _answer_model_ratio(s, m, facts)) if m is not None and compared is None else []
        hide = tuple((q.start, q.end) for q in twice if s.start <= q.start < s.end)
        return [replace(f, used=(*f.used, *hide)) for f in got] or [Found(None, hide)]
    if m is not None and m.group("wf") and any(q.kind == "bytes" for q in s.quantities):
        return []  # `half of the 80 GB card`, `160 KiB, half the size of fp16`: a fraction said beside a size is of it
    if m is not None and m.group("n4") and _DOUBLE_QUANT.search(text, s.start, s.end):
        return []  # `nf4 with double quantization shrinks it 8×`: the file holds its constants too, not modelled
    if sized_pair and _speed_words(s, start, end):
        return []  # `the 14 GB and 7 GB builds show a 3× speedup`: a factor of speed or cost, not of the sizes
    scaled: float | None = None  # bytes a quantized file's scales may add per weight
    if sized_pair:
        pool = list(compared or clause or _nearest_pair(sizes, start, end))
        big, small = max(pool, key=lambda q: q.value), min(pool, key=lambda q: q.value)
        if big.value == small.value or small.value <= 0:
            return []  # `from 0 GB to 16 GB, 4 times more`: no ratio to a zero size
        ratio = big.value / small.value
        how = f"{big.text} / {small.text} = {ratio:,.4g}"
        bound = bool(small.bound or big.bound)
        # figures said per token or per parameter stay claims of their own (their kind's check)
        used: tuple[Quantity, ...] = (big, small) if compared is None else ()
    else:
        target = _own_clause_type(s, m) if m is not None else None
        if target is not None:
            source = _source_type(s, facts, target)
            if source is None:
                return []  # `bf16 makes it 2 times smaller, and int4 …`: what it is smaller than is not stated
        pair = (source, target) if target is not None and source is not None else None
        pair = pair or _clause_dtype_pair(s, start, end) or _dtype_pair(s) or earlier
        if pair is None:
            return (_model_ratio(s, m, facts) or _answer_model_ratio(s, m, facts)) if m is not None else []
        if _code_bits_type(s, pair):
            return []  # `8 bits` of a code per vector or sub-quantiser is no storage type of the data compared
        if m is not None and _not_a_size_ratio(s, m):
            return []  # `1.6× higher throughput than bf16`: a ratio of speed, latency or cost, not of bytes
        if _two_models(s):
            return [_between_models(s, start, end, "ratio", n_q.text if n_q else text[start:end])]
        a, b = pair
        if source is None and sorted((a.start < start, b.start >= end)) == [True, True] and (a.start >= end) != (b.start >= end):
            # `Q2_K в 5 раз меньше F16, а Q4_K_M — в 3,3 раза`: a later ratio naming only its subject is
            # against the type this one names after its words
            source = a if a.start >= end else b
        a_bytes, b_bytes = _stated_bytes(s, a), _stated_bytes(s, b)
        ratio = max(a_bytes, b_bytes) / min(a_bytes, b_bytes)
        how = f"{a.name} {a_bytes:.4g} B vs {b.name} {b_bytes:.4g} B: ratio {ratio:.4g}"
        bound = False
        used = ()
        low_d = a if a_bytes < b_bytes else b
        scaled = _scaled_file(s, low_d) if _stated_bytes(s, low_d) == low_d.bytes else None
    if n_q is not None:
        check = compare(n_q, ratio, computed_is_bound=bound)
        verdict, explanation = check.verdict, f"{how}; {check.explanation}"
    elif m is not None and low is not None:
        ok = low_n * 0.95 <= ratio <= stated_n * 1.05
        verdict, explanation = (Verdict.HOLDS if ok else Verdict.WRONG), f"{how}; stated {low_n:g}–{stated_n:g}×"
    else:
        ok = abs(ratio - stated_n) <= max(0.05 * stated_n, 0.05)
        if not ok and m is not None and (m.group("wf") or m.group("wl")) and abs(ratio - stated_n) <= 0.1 * stated_n:
            ok = True  # `half the size`, `twice as large`: a factor in words is read as loosely as a hedged one
        if not ok and m is not None and m.group("wl") and abs(ratio - stated_n) <= 0.15 * stated_n:
            ok = True  # `втрое больше` for 2.7×: a multiplicative word is a rounding of its own
        verdict, explanation = (Verdict.HOLDS if ok else Verdict.WRONG), f"{how}; stated {stated_n:g}×"
        hedged = _HEDGED_RATIO.search(text, max(s.start, start - 20), start)
        if not ok and hedged and abs(ratio - stated_n) <= _hedge_tolerance(n_text):
            # `roughly halves: 8.5 GB to 4.9 GB`: a hedged factor is read as loosely as a hedged figure
            verdict, explanation = Verdict.HOLDS_APPROX, f"{explanation} (approximate)"
    if verdict is Verdict.WRONG and scaled is not None:
        # `the 4-bit build is 3.6× smaller than bf16`: a quantized file also stores its scales; a factor
        # between the pure types' and the one at one more bit per weight may be the file's own
        wider = max(a_bytes, b_bytes) / (min(a_bytes, b_bytes) + scaled)
        if wider * 0.95 <= stated_n <= ratio * 1.05:
            verdict = Verdict.UNVERIFIABLE
            explanation += f" (a quantized file also stores scales: down to {wider:.3g}× at one more bit per weight)"
    if verdict is Verdict.WRONG and (nominal := _nominal_ratio(pair, stated_n)):
        # `Q8_0 в 2 раза меньше bf16`: the factor of the type's nominal bits, its scales aside (8.5 bits make it 1.88×)
        verdict = Verdict.HOLDS_APPROX
        explanation = explanation.replace(": does not match", "")
        explanation += f" ({nominal}: the factor of its nominal bits, its scales aside)"
    if verdict is Verdict.WRONG and sized_pair and (types := _types_factor(s, stated_n)):
        # `about 62 GB in MXFP4. In bf16 you'd need 467.2 GB, so 3.8× as much`: the factor is that of the
        # two types the line names; the sizes disagree with it, and which of them is off is not certain
        verdict = Verdict.UNVERIFIABLE
        explanation += f" (the factor is that of {types}: which figure is off is not certain)"
    if verdict is Verdict.WRONG and sized_pair and ratio > _MISPAIRED * max(stated_n, 1.0):
        # `The printed 2016 KiB is 4× too much, and at 32K the cache is 15.75 GiB`: figures thousands of times apart
        # are no pair a factor of 4 compares; which two it does is not said
        verdict = Verdict.UNVERIFIABLE
        explanation += f" (figures {ratio:,.4g}× apart are not the pair a {stated_n:g}× factor compares: not checked)"
    if verdict is Verdict.WRONG and sized_pair and m is not None and _config_attributes(s, m) - {"other"}:
        # `Llama-2's 32,000 entries make it 4× less, 1.05 GB`: the clause names what the factor follows
        # from (a vocabulary, layers, heads); the sizes may not be the pair it is of, nor is it certain
        # which of the figures is off
        verdict = Verdict.UNVERIFIABLE
        explanation += " (the clause names what the factor is of: which figure is off is not certain)"
    lo = min([start, *(q.start for q in used)])
    hi = max([end, *(q.end for q in used)])
    figure = next((g for g in ("n4", "n5") if m is not None and m.group(g)), None)
    shown = text[m.start(figure) : end] if figure and m is not None else text[start:end]  # `… is 4:1`: the figure
    claim = make_claim(unit, lo, hi, "ratio", verdict, explanation, stated=n_q.text if n_q else shown)
    own = (n_q.start, n_q.end) if n_q else (start, end)
    # the sizes compared stay claims of their own when the sentence names the model they are of
    named = any(x.config is not None for x in s.models)
    spans = (own,) if named else (*((q.start, q.end) for q in used), own)
    out = [Found(claim, spans, (Fact("ratio", stated_n, stated_n, unit.line),))]
    if m is not None and not used and compared is None:
        out += _more_dtype_ratios(s, end, source)
    return out


# after the ratio words: the model compared with (`than Llama-3-8B`, `чем у Llama-3-8B`, `vs Mistral-7B`)
_THAN_MODEL = guarded(
    r"(?i)(?:\s+[\w'’-]+){0,3}?\s*,?\s*(?:than|чем|as|vs\.?|versus|против|compared\s+(?:with|to)|по\s+сравнению\s+с)\s+(?:(?:у|для|the|that\s+of|of)\s+)?$"
)
_KV_PER_TOKEN = guarded(
    r"(?i)(?:\bKV\b|\bcache\b|кэш|кеш)[^.;]{0,40}?(?:per\s+token|на\s+токен)"
    r"|(?:per\s+token|на\s+токен)[^.;]{0,20}?(?:\bKV\b|\bcache\b|кэш|кеш)"
)  # the noun names the quantity compared (`caches four times more` names none)
_PARAM_COUNT_WORDS = guarded(r"(?i)\bparam\w*|параметр\w*")


# a size name as the referent: `than the 70B`, `than a 13B model`, `меньше 70B`, `чем 70B`
_THAN_SIZE_NAME = guarded(
    r"(?i)\s*,?\s*(?P<than>(?:than|чем)\s+(?:(?:the|a|an|у)\s+)?)?(?P<n>\d+(?:[.,]\d+)?)\s?(?P<s>[BM])(?![\w-])(?!\.\d)"
)


_OTHER_QUANTITY = guarded(
    r"(?i)\bKV\b|cache|кэш|кеш|memory|VRAM|памят|context|контекст|tokens?\b|токен|speed|faster|slower|latency|throughput"
    r"|скорост|быстр|медлен|tok/s|FLOP|cost|cheaper|стоим|дешев|дорож|price|цен[аеуы]|accura|точн|score|loss|\btime\b|\bвремя|\bвремени"
    # counts the catalogue holds no figure for: devices, batches, experts, steps, data
    r"|\bGPUs?\b|\bcards?\b|\bnodes?\b|\bdevices?\b|карт\w*|видеокарт|ускорител|узл\w*|\bbatch|батч|пакет|\bexperts?\b|эксперт"
    r"|\bsteps?\b|шаг\w*|epoch|эпох|\bdata\b|данн\w*|dataset|датасет|\brank\b|ранг"
)
# a part or setting of two models' configurations a ratio may be of (its own clause names it)
_CONFIG_ATTRIBUTE = {
    "vocab": guarded(r"(?i)\bvocab\w*|словар\w*|\bentries\b|записей"),
    "embeddings": guarded(r"(?i)\bembedding\w*|эмбеддинг\w*|матриц\w*\s+вложени\w*"),
    "kv heads": guarded(r"(?i)\bKV[\s-]+heads?\b|KV-голов\w*|\bKV[\s-]+голов\w*"),
    "heads": guarded(r"(?i)(?<![\w-])(?<!KV[\s-])heads?\b|(?<![\w-])(?<!KV\s)голов\w*"),
    "layers": guarded(r"(?i)\blayers?\b|\bblocks?\b|\bсло[йяеёю]\w*|\bблок\w*"),
    "hidden": guarded(r"(?i)\bhidden[\s_-]+(?:size|dim\w*|state\s+size)|\bd_model\b|скрыт\w*\s+(?:размер\w*|состояни\w*)"),
    "other": guarded(r"(?i)\bhidden\b|\bwidth\b|ширин\w*|\bintermediate\b|\bMLP\b|\bFFN\b|\bcontext\b|контекст"),
}
_CLAUSE_EDGE = guarded(
    r"(?i)[;:]|,\s+(?:mostly|largely|because|since|as|but|and|while|whereas|which|а|но|и|потому|так\s+как|поскольку|за\s+счёт)\b"
    r"|\b(?:because|since|потому|поскольку)\b"
)


_ASIDE = guarded(r"\([^()]{0,200}\)")
# the noun right after the ratio words (`4× more cache`, `в 2,5 раза больше слоёв`, `a 4.75× larger vocabulary`)
_NOUN_AFTER = guarded(r"\s*([^\W\d][\w-]*)(?:\s+([^\W\d][\w-]*))?")


# a count of things that hold or process bytes (devices, steps, requests): a ratio of them is none of bytes
_COUNTED_NOUN = guarded(
    r"(?i)(?:GPUs?|cards?|nodes?|devices?|machines?|servers?|steps?|epochs?|requests?|users?|sequences?|experts?"
    r"|карт\w*|видеокарт\w*|узл\w*|устройств\w*|машин\w*|сервер\w*|шаг\w*|эпох\w*|запрос\w*|пользовател\w*|эксперт\w*)"
)


def _counted_noun_after(s: Sentence, m: re.Match[str]) -> bool:
    """The noun right after the ratio words (`4× more GPUs`, `4× the GPUs of`, `в 2 раза больше карт`)
    counts devices, steps, requests or experts."""
    noun = _NOUN_AFTER.match(s.unit.text, m.end(), min(s.end, m.end() + 40))
    return noun is not None and any(w is not None and _COUNTED_NOUN.fullmatch(w) for w in noun.groups())


# between two sizes: the second is what the first is compared with (`48 KiB per token against 320 KiB`)
_AGAINST = guarded(
    r"(?i)^[^.;:]{0,30}?\b(?:against|vs\.?|versus|than|compared\s+(?:with|to)|против|чем|по\s+сравнению\s+с)(?:\s|$)"
)


def _per_pair(s: Sentence, start: int) -> tuple[Quantity, Quantity] | None:
    """Two sizes said per the same thing before the ratio words (`48 KiB per token against 320 KiB
    for the target, 80 times smaller`; `на токен … против 320 КиБ у цели, то есть в 80 раз меньше`):
    the second after a comparison word, with no `per` of its own, is per what the first is."""
    text = s.unit.masked
    every = [q for q in s.quantities if q.kind == "bytes" and q.scale >= 1e3 and q.hi is None]
    if len(every) != 2 or every[1].end > start:
        return None
    a, b = every
    per_a = _per_of(text, a, s.start)
    if not per_a or not _AGAINST.match(text[a.end : b.start]):
        return None
    per_b = _PER_AFTER.match(text, b.end)
    if per_b is not None and _PER_CLASS.get(per_b.group(1).lower(), per_b.group(1).lower()) != per_a:
        return None
    return a, b


def _config_attributes(s: Sentence, m: re.Match[str]) -> set[str]:
    """The configuration parts a ratio is of: the noun right after its words (`в 2,5 раза больше
    слоёв`, `a 4.75× larger vocabulary`), else its subject in its own clause before it (`the
    vocabulary is 4× larger`, `Словарь X в 4 раза больше`), asides in parentheses left out; a noun
    after it that is no part (`4× more cache`) leaves none."""
    text = s.unit.text
    noun = _NOUN_AFTER.match(text, m.end(), min(s.end, m.end() + 40))
    for word in noun.groups() if noun is not None else ():
        if word is None:
            break
        after = {name for name, rx in _CONFIG_ATTRIBUTE.items() if rx.fullmatch(word)}
        if after:
            return after
        if _OTHER_QUANTITY.fullmatch(word) or _PARAM_COUNT_WORDS.fullmatch(word):
            return set()
    edges = [e for e in _CLAUSE_EDGE.finditer(text, max(s.start, m.start() - 200), m.start())]
    lo = max([s.start, m.start() - 200, *(e.end() for e in edges if e.end() <= m.start())])
    before = _ASIDE.sub(" ", text[lo : m.start()])
    found = {name for name, rx in _CONFIG_ATTRIBUTE.items() if rx.search(before)}
    found -= {"heads"} if "kv heads" in found else set()
    return found - {"other"} if "hidden" in found else found


def _attribute_value(config: ModelConfig, name: str) -> float | None:
    """A configuration part of a catalogued model, as its config states it (None: not one figure)."""
    if name == "vocab":
        return float(config.vocab)
    if name == "embeddings":
        return float(config.vocab * config.hidden)
    if name == "layers" and not config.decoder_layers:
        return float(config.layers)
    if name == "heads":
        return float(config.heads)
    if name == "kv heads" and not config.kv_lora_rank:
        return float(config.kv_heads)
    if name == "hidden":
        return float(config.hidden)
    return None  # `width`, `MLP`, `intermediate` may name the model's or the MLP's inner size: not one figure


def _than_size_name(s: Sentence, m: re.Match[str], before: list[ModelMention], smaller: bool, n_text: str) -> list[Found]:
    """`Llama-3.1-8B почти в 18 раз меньше 70B`: one catalogued model against a size name, which
    names a parameter count (its exact count against the name's 70 × 10^9)."""
    text = s.unit.text
    t = _THAN_SIZE_NAME.match(text, m.end(), min(s.end, m.end() + 40))
    if t is None or not (t.group("than") or re.search(r"[а-яё]$", m.group(0), re.I)):
        return []
    if re.match(r"['’]", text[t.end() : t.end() + 1]) or _OTHER_QUANTITY.search(text, s.start, s.end):
        return []  # `than the 70B's cache`, `runs 3 times faster than 70B`: some other quantity than the parameters
    a = before[-1]
    if a.config is None or len({x.config.name for x in before if x.config}) > 1:
        return []
    va = float(count_parameters(a.config).total)
    vb = float(t.group("n").replace(",", ".")) * (1e9 if t.group("s").upper() == "B" else 1e6)
    stated_n = _factor(s, n_text)
    ratio = max(va, vb) / min(va, vb) if (va < vb) == smaller else 0.0  # the wrong direction never holds
    ok = abs(ratio - stated_n) <= max(0.05 * stated_n, 0.05)
    hedged = _HEDGED_RATIO.search(text, max(s.start, m.start() - 20), m.start())
    if not ok and ratio and hedged and abs(ratio - stated_n) <= _hedge_tolerance(n_text):
        ok = True
    how = (
        f"parameters: {a.text} {va:,.0f} vs {t.group('n')}{t.group('s')} {vb:,.0f}: ratio {max(va, vb) / min(va, vb):.4g}, "
        f"{a.text} {'smaller' if va < vb else 'larger'}; stated {stated_n:g}× {'smaller' if smaller else 'larger'}"
    )
    claim = make_claim(s.unit, m.start(), m.end(), "ratio", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=m.group(0))
    return [Found(claim, ((m.start(), m.end()),), (Fact("ratio", stated_n, stated_n, s.unit.line),))]


_ARTICLE_GAP = guarded(r"(?i)\s*(?:(?:the|a|an)\s+)?")
# `4 times the KV cache of B`, `1.6× the parameters of B`: the quantity compared, then B
_NOUN_OF_GAP = guarded(
    r"(?i)\s*(?:(?:(?:KV|per-token|KV-cache)\s+)?(?:cache|parameters|parameter\s+count|weights|size|memory)\s+of|what)\s+(?:(?:the|a|an)\s+)?"
)
# words of a model's size with no quantity of their own (`larger`, `the size of`, `больше`, `тяжелее`)
_SIZE_RATIO_WORDS = guarded(r"(?i)larger|bigger|smaller|heavier|lighter|\bsize\b|больше|меньше|тяжелее|легче|крупнее")


def _plain_size_words(s: Sentence, m: re.Match[str], *, said_before: bool = False, names: tuple[ModelMention, ...] = ()) -> bool:
    """The ratio words say a model is larger or smaller (or the comparative said between the two models
    before them does), and the sentence names no other quantity (a cache, memory, speed, tokens, cost …),
    no figure but the factor, and at most one storage type."""
    text = s.unit.text
    if not (said_before or _SIZE_RATIO_WORDS.search(m.group(0)) or _names_its_referent(m)):
        return False
    if _OTHER_QUANTITY.search(text, s.start, s.end):
        return False
    if _other_figures(s, m, names):
        return False
    return len({d.name for d in in_range(s.dtypes, s.start, s.end)}) <= 1


# quantities two storage types differ in that are not their bytes
_NOT_SIZE = guarded(
    r"(?i)throughput|latency|\bspeed|faster|slower|tok/s|tokens?\s+(?:per|a)\s+second|\bcost|cheaper|pricier|\bprice"
    r"|accura|perplexity|\bloss\b|\btime\b|energy|\bpower\b|\bFLOP|compute"
    r"|скорост|быстр|медлен|задержк|латентн|пропускн|стоим|дешев|дорож|\bцен[аеуы]|точност|перплекс|\bвремя|\bвремени|энерг|ток/с"
    # counts a change of type lets grow (`a 3× increase in batch size`), and totals that hold parts kept
    # in other types (`a 3.2× reduction in total VRAM`): no ratio of the two types' bytes
    r"|\bbatch|батч|\bcontext\b|контекст|\bsequences\b|\busers\b|\brequests\b|concurren|пользовател|запрос\w*|последовательност"
    r"|\btotal\b|\boverall\b|\bend[\s-]to[\s-]end\b|суммарн\w*|\bобщ(?:ий|его|ая|ей|ую|ее)\b"
)
_OTHER_CLAUSE = guarded(r"(?i)[;]|,\s*(?:а|но|и|зато|but|and|while|whereas|yet)\b")


_SPEEDUP = guarded(r"(?i)speed-?ups?\b|ускорени\w*")


def _speed_words(s: Sentence, start: int, end: int) -> bool:
    """Right after a factor, to its clause's end (30 characters at most), or right before it in its
    clause (25 at most): it is of speed, latency, cost or another quantity that is not bytes (`a 3×
    speedup`, `a 2× difference in latency`, `ускорение в 3 раза`)."""
    text = s.unit.text
    hi = min(s.end, end + 30)
    cut = _OTHER_CLAUSE.search(text, end, hi)
    hi = cut.start() if cut else hi
    lo = max(s.start, start - 25, *(b.end() for b in _CLAUSE_BREAK.finditer(text, max(s.start, start - 25), start)))
    return any(rx.search(text, a, b) is not None for rx in (_NOT_SIZE, _SPEEDUP) for a, b in ((end, hi), (lo, start)))


def _not_a_size_ratio(s: Sentence, m: re.Match[str]) -> bool:
    """The ratio's own clause (40 characters either side, to a clause break) names speed, latency, cost
    or another quantity that is not bytes."""
    return _not_a_size_ratio_at(s, m.start(), m.end())


def _not_a_size_ratio_at(s: Sentence, start: int, end: int) -> bool:
    text = s.unit.text
    lo, hi = max(s.start, start - 40), min(s.end, end + 40)
    breaks = list(_OTHER_CLAUSE.finditer(text, lo, start))
    lo = breaks[-1].end() if breaks else lo
    cut = _OTHER_CLAUSE.search(text, end, hi)
    hi = cut.start() if cut else hi
    return _NOT_SIZE.search(text, lo, hi) is not None


_BITS_SPELLING = guarded(r"(?i)\d\s*-?\s*(?:bits?|бит)")
_CODE_CONTEXT = guarded(
    r"(?i)\bvectors?\b|\bdim\w*|sub-?quanti\w*|\bcodes?\b|codebook|вектор\w*|измерени\w*|кодов\w*|подквант\w*"
)


_NOMINAL_BITS = guarded(r"(?i)^i?q([2-8])_")


def _nominal_ratio(pair: tuple[DtypeMention, DtypeMention] | None, stated_n: float) -> str:
    """The pair's factor with a llama.cpp type at its nominal bits (`Q8_0` as 8 bits, `Q4_K_M` as 4), when that
    factor is the one stated and the type's real bits (its scales) make it smaller: the nominal type named, else ''."""
    if pair is None or stated_n < 1.5:
        return ""
    a, b = pair
    for q, other in ((a, b), (b, a)):
        m = _NOMINAL_BITS.match(q.name) if q.gguf and not other.gguf else None
        if m is not None and other.bytes > 0:
            nominal = (other.bytes * 8) / int(m.group(1))
            if abs(nominal - stated_n) <= 0.05 * stated_n:
                return f"{q.name} at {m.group(1)} bits vs {other.name}"
    return ""


def _code_bits_type(s: Sentence, pair: tuple[DtypeMention, DtypeMention]) -> bool:
    """One of the two types is `N bits` in a sentence about codes of vectors (`PQ with 96 sub-quantisers
    at 8 bits … a 32× compression over fp32`): those bits are a code's, not the data's storage type."""
    text = s.unit.text
    return any(_BITS_SPELLING.search(text, d.start, d.end) for d in pair) and bool(_CODE_CONTEXT.search(text, s.start, s.end))


# `A больше B`, `A меньше, чем у B`, `A is larger than B`: the comparative between two models
_COMPARATIVE_BETWEEN = guarded(
    r"(?i)[^\S\n]*(?:(?P<s>smaller|lighter|меньше|легче|компактнее)|(?P<l>larger|bigger|heavier|больше|тяжелее|крупнее))"
    r"[^\S\n]*,?[^\S\n]*(?:(?:than|чем)[^\S\n]+)?(?:(?:у|the)[^\S\n]+)?"
)
# between the second model and the factor: `по параметрам`, `по числу параметров`, a hedge
_TO_FACTOR = guarded(
    r"(?i)[^\S\n]*,?[^\S\n]*(?:(?:по|in|by)[^\S\n]+[^\W\d]+(?:[^\S\n]+[^\W\d]+)?[^\S\n]*)?"
    r"(?:(?:примерно|около|почти|приблизительно|about|roughly|nearly|~|≈)[^\S\n]*)?"
)


def _comparative_before(
    s: Sentence, m: re.Match[str], models: tuple[ModelMention, ...]
) -> tuple[ModelMention, ModelMention, bool] | None:
    """`Llama-2-13B больше Llama-2-7B в 1,9 раза`, `Кэш у A больше, чем у B, в 4 раза`: two catalogued
    models right before the factor with only a comparative between them: (A, B, A is the larger)."""
    text = s.unit.text
    before = [x for x in models if s.start <= x.start and x.end <= m.start()]
    if len(before) < 2 or any(x.config is None for x in before):
        return None
    a, b = before[-2], before[-1]
    if b.start - a.end > 40 or m.start() - b.end > 40 or not _TO_FACTOR.fullmatch(text, b.end, m.start()):
        return None
    comp = _COMPARATIVE_BETWEEN.fullmatch(text, a.end, b.start)
    if comp is None:
        return None
    return a, b, bool(comp.group("l"))


# the noun right after a factor (`2.6× the parameters of`, `4× more KV cache than`, `в 4,3 раза по параметрам`): what it
# is of
_NOUN_RIGHT_AFTER = guarded(
    r"(?i)\s*(?:(?:the|its|their|more|less|fewer|больше|меньше|по|in\s+terms\s+of|by)\s+)?"
    r"(?:(?P<p>param(?:eter)?s\b|параметр\w*)|(?P<c>(?:KV[-\s]?)?cache\b|KV\b|кэш\w*|кеш\w*)(?![-\s]*(?:hit|miss|rate|попадан|промах)))"
)


_OPENS_BACK = guarded(r"(?i)\W*(?:это|то\s+есть|this|that|which|that's|this\s+is|i\.\s?e\.)(?!\w)")
_PER_TOKEN_WORDS_RX = guarded(r"(?i)\bper[\s-]+token|\beach\s+token|/\s*(?:token|токен)|на\s+(?:один\s+|каждый\s+)?токен")


def _model_ratio(s: Sentence, m: re.Match[str], facts: NoteFacts | None = None) -> list[Found]:
    """`A's KV cache per token is N times smaller than B's`, `A has N times more parameters than B`:
    two catalogued models, the ratio of the quantity the sentence names (KV bytes per token, or the
    parameter count), computed for both. The direction is part of the claim."""
    n_text = m.group("n1") or m.group("n2") or m.group("n3")
    smaller, larger = bool(m.group("s1") or m.group("s2")), bool(m.group("l1") or m.group("l2"))
    if not n_text and (m.group("wl") or m.group("half")) and not m.group(0).lower().startswith("halv"):
        # `вчетверо меньше`, `twice as large as`, `вдвое больше, чем у B`: a factor in one word, its
        # direction the comparative it carries or the one right after it
        said = m.group(0)[len(m.group(0).split()[0]) :] if m.group("wl") else s.unit.text[m.end() : m.end() + 12]
        n_text = _word_factor(m.group(0)) or "2"
        smaller = bool(re.match(rf"(?i)\s*{_SMALLER}", said))
        larger = not smaller and bool(re.match(rf"(?i)\s*(?:as\s+\w+|{_LARGER})", said))
        if m.group("half") and not (smaller or larger):
            return []
    if not n_text:
        return []
    text = s.unit.text
    # the models it names, and those it calls by a size of the note's model's family (`the 405B is 50× the 8B`)
    paired = _pair_models(s, facts) if facts is not None else []
    called = len(paired) > len([x for x in s.models if s.start <= x.start < s.end])
    models = tuple(paired) if called and len(paired) >= 2 else s.models
    ordered = False  # the comparative said between the two models, before the factor
    if smaller == larger:
        # `A больше B в N раз (по параметрам)`: the comparative between the two models, the factor after both
        pre = _comparative_before(s, m, models)
        if pre is None:
            return []
        a, b, larger = pre
        smaller, ordered = not larger, True
    else:
        # `4× Llama 2's`: the words end on the model compared with
        ref = m.start("l1") if m.group("l1") and m.group(0).endswith(("'s", "’s")) else m.end()
        named_after = [x for x in s.models if x.config is not None and x.start >= ref and x.start - ref <= 30]
        named_before = [x for x in s.models if x.config is not None and x.end <= m.start()]
        if not named_after and named_before:
            # `8B is 9 times smaller than the 70B`: a size name, its nominal count (else the family's model of that size)
            by_name = _than_size_name(s, m, named_before, smaller, n_text)
            if by_name or models is s.models:
                return by_name
        after = [x for x in models if x.config is not None and x.start >= ref and x.start - ref <= 30]
        before = [x for x in models if x.config is not None and x.end <= m.start()]
        # `2× the size of B`, `в 10 раз больше B` (a Russian comparative takes its referent bare): B right after it
        of = m.group(0).lower().endswith(" of") or re.search(r"[а-яё]$", m.group(0), re.I) is not None or _names_its_referent(m)
        gap = text[ref : after[0].start] if after else ""
        if (
            not after
            or not before
            or not (_THAN_MODEL.match(gap) or (of and (_ARTICLE_GAP.fullmatch(gap) or _NOUN_OF_GAP.fullmatch(gap))))
        ):
            return []
        a, b = before[-1], after[0]
        if len({x.config.name for x in before if x.config}) > 1:
            return []
    if a.config is None or b.config is None or a.config is b.config:
        return []
    what = text[s.start : s.end]
    per_token = any(q.kind == "bytes" and _per_of(s.unit.masked, q, s.start) == "token" for q in s.quantities) or (
        # `… 8 КиБ на токен … — 32 МиБ. Это в 64 раза меньше, чем у Llama 2 7B`: the sentence refers back to the one
        # before it on the line, which states a size per token
        s.start > 0
        and _OPENS_BACK.match(text, s.start) is not None
        and _PER_TOKEN_WORDS_RX.search(s.unit.masked, max(0, s.start - 200), s.start) is not None
    )
    attributes = _config_attributes(s, m)
    noun = _NOUN_RIGHT_AFTER.match(text, m.end(), s.end) if not attributes else None
    if noun is not None and noun.group("p"):
        # `2.6× the parameters of the 1B but 3.5× its cache`: the noun right after the factor says what it
        # is of, whatever else the sentence goes on to name
        va, vb = float(count_parameters(a.config).total), float(count_parameters(b.config).total)
        name = "parameters"
    elif noun is not None and not (a.config.sliding_window or b.config.sliding_window):
        va, vb = kv_cache_bytes(a.config, 1), kv_cache_bytes(b.config, 1)
        name = "KV cache per token (2 B values)"
    elif attributes:
        # `A's vocabulary is 4× larger than B's`: the ratio of that part of the two configs, never of
        # their parameter counts; a part named loosely or two parts: no claim
        (attribute,) = attributes if len(attributes) == 1 else (None,)
        got = [_attribute_value(x.config, attribute) if x.config else None for x in (a, b)] if attribute else [None]
        if any(v is None or v <= 0 for v in got) or _OTHER_QUANTITY.search(text, s.start, s.end):
            return []
        va, vb = float(got[0] or 0), float(got[1] or 0)
        name = {"vocab": "vocabulary", "embeddings": "embedding matrix (vocabulary × hidden)"}.get(str(attribute), str(attribute))
    elif _KV_PER_TOKEN.search(what) or per_token:  # `needs 512 KiB per token, 4 times as much as B`
        va, vb = kv_cache_bytes(a.config, 1), kv_cache_bytes(b.config, 1)
        name = "KV cache per token (2 B values)"
    elif _model_cache_ratio(s, m, a.config, b.config, models):
        # `the KV cache of A is 64× smaller than B's`, `A кэширует в 4 раза меньше, чем B`: with no figure
        # and no context stated, the caches at one length, whose ratio is that of their bytes per token
        va, vb = kv_cache_bytes(a.config, 1), kv_cache_bytes(b.config, 1)
        name = "KV cache per token (2 B values; the same at any length)"
    elif _IN_BYTES.search(what) and not _PARAM_COUNT_WORDS.search(what):
        return []  # `in bytes the draft is 57× smaller`: of their weights in types this sentence does not state
    elif _PARAM_COUNT_WORDS.search(what) or _plain_size_words(s, m, said_before=ordered, names=models):
        # `A is 10 times larger than B`, `A is about 2× the size of B`: with nothing else named, the size
        # of a model is its parameter count (its weights in one type are in the same ratio)
        va, vb = float(count_parameters(a.config).total), float(count_parameters(b.config).total)
        name = "parameters"
    else:
        return []
    stated_n = _factor(s, n_text)
    ratio = va / vb if larger else vb / va
    ok = abs(ratio - stated_n) <= max(0.05 * stated_n, 0.05)
    hedged = _HEDGED_RATIO.search(text, max(s.start, m.start() - 20), m.start())
    if not ok and hedged and abs(ratio - stated_n) <= _hedge_tolerance(n_text):
        ok = True  # `about 2× the size of`: a hedged factor is read as loosely as a hedged figure
    if not ok and not (m.group("n1") or m.group("n2") or m.group("n3")) and abs(ratio - stated_n) <= 0.15 * stated_n:
        ok = True  # `втрое больше` for 2.7×: a factor in a word is a rounding of its own
    big, small = max(va, vb), min(va, vb)
    how = (
        f"{name}: {a.text} {va:,.0f} vs {b.text} {vb:,.0f}: ratio {big / small:.4g}, {a.text} "
        f"{'smaller' if va < vb else 'larger'}; stated {stated_n:g}× {'smaller' if smaller else 'larger'}"
    )
    claim = make_claim(s.unit, m.start(), m.end(), "ratio", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=m.group(0))
    return [Found(claim, ((m.start(), m.end()),), (Fact("ratio", stated_n, stated_n, s.unit.line),))]


# the ratio is said of bytes (`in bytes`, `on disk`, `в байтах`), not of the parameter count
_IN_BYTES = guarded(r"(?i)\bbytes?\b|\bбайт\w*|\bon\s+disk\b|\bна\s+диске\b|\bin\s+memory\b|\bв\s+памяти\b|\bVRAM\b")
# a cache named as what the ratio is of: the noun (`KV cache`, `кэш`) or the verb (`caches`, `кэширует`)
_CACHE_WORDS = guarded(r"(?i)\bKV\b|\bcaches?\b|\bcached\b|\bкэш\w*|\bкеш\w*")
# of a cache, a quantity other than its bytes (`hit rate`, `evictions`, `fills faster`)
_NOT_CACHE_BYTES = guarded(r"(?i)\bhits?\b|\bmiss\w*|\brate\b|evict\w*|\bfill\w*|попадан\w*|промах\w*|вытесн\w*|заполня\w*")


def _model_cache_ratio(
    s: Sentence, m: re.Match[str], a: ModelConfig, b: ModelConfig, names: tuple[ModelMention, ...] = ()
) -> bool:
    """The ratio between two models is of their KV caches: the sentence names a cache, no figure but
    the factor, no quantity that is not bytes (speed, cost, context, hits), and neither model caps its
    cache with a sliding window (its cache then grows more slowly: the ratio depends on the length)."""
    text = s.unit.text
    if not _CACHE_WORDS.search(text, s.start, s.end) or _NOT_SIZE.search(text, s.start, s.end):
        return False
    if _NOT_CACHE_BYTES.search(text, s.start, s.end) or a.sliding_window or b.sliding_window:
        return False
    if any(s.start <= d.start < s.end for d in s.dtypes):
        return False  # `with an fp8 cache A stores 8× less than B`: a type changes the bytes per value too
    return not _other_figures(s, m, names)


def _other_figures(s: Sentence, m: re.Match[str], names: tuple[ModelMention, ...]) -> bool:
    """The sentence states a figure besides the factor (`about 9 times`), a size a model is called by
    (`the 72B`) and an aside in parentheses (`(13.5 GB in bf16)`, what a model is, not what is compared)."""
    named = [(x.start, x.end) for x in names]
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(s.unit.text, s.start, s.end)]
    return any(
        q.kind != "multiplier"
        and not (q.start < m.end() and q.end > m.start())  # the factor's own figure
        and not any(a <= q.start < b for a, b in named)
        and not any(a < q.start < b for a, b in asides)
        for q in s.quantities
    )


# a percent between two models: `P % of B's`, `P % of what B needs`, `P % от B`
_PCT_OF_MODEL = guarded(r"(?i)[^\S\n]*(?:of|от)[^\S\n]+(?:[^\W\d][\w'’-]*,?[^\S\n]+){0,4}")
_PCT_SMALLER = r"smaller|less|fewer|lighter|lower|leaner|меньше|легче|компактнее|ниже"
_PCT_LARGER = r"larger|bigger|more|heavier|higher|больше|тяжелее|крупнее|выше"
# `P % smaller than B`, `на P % меньше, чем у B`, `P % fewer parameters than B`, `на P % легче B`
_PCT_THAN_MODEL = guarded(
    rf"(?i)[^\S\n]*(?:(?P<n1>[^\W\d][\w-]*)[^\S\n]+)?(?:(?P<s>{_PCT_SMALLER})|(?P<l>{_PCT_LARGER}))\b"
    r"(?:[^\S\n]+(?P<n2>[^\W\d][\w-]*))?[^\S\n]*,?[^\S\n]*(?:(?:than|чем)[^\S\n]+)?"
    r"(?:(?:у|the|that[^\S\n]+of|those[^\S\n]+of)[^\S\n]+)?"
)
# `A is smaller than B by P %`, `A меньше B на P %`: the comparative before B, the percent after it
_THAN_MODEL_BY = guarded(
    rf"(?i)\b(?:(?P<s>{_PCT_SMALLER})|(?P<l>{_PCT_LARGER}))[^\S\n]*,?[^\S\n]*(?:(?:than|чем)[^\S\n]+)?(?:(?:у|the)[^\S\n]+)?$"
)
_BY_PERCENT = guarded(r"(?i)[^\S\n]*,?[^\S\n]*(?:(?:по[^\S\n]+\w+|in[^\S\n]+\w+)[^\S\n]+)?(?:by|на)[^\S\n]+")
# what a model's size is said as: its weights or its parameters (the weights in one type are in their ratio)
_WEIGHT_WORDS = guarded(
    r"(?i)\bweigh\w*|\bweights?\b|\bвес\w*|\bвесам\b|\blighter\b|\bheavier\b|легче|тяжелее|\bsize\b|\bразмер\w*"
    r"|\bsmaller\b|\blarger\b|\bbigger\b"
)
_SIZE_NOUNS = guarded(r"(?i)param\w*|параметр\w*|weights?|вес\w*|cache|кэш\w*|кеш\w*|KV|memory|памят\w*|size|размер\w*")


def _model_quantity(s: Sentence, a: ModelMention, b: ModelMention, p: Quantity) -> tuple[float, float, str] | None:
    """What two models are compared by, for a percent between them: KV bytes per token (the sentence
    names a cache per token, or a cache with no figure, no type and no window), else the parameter
    count (the sentence names parameters or weights and nothing else: no type pair, no other quantity)."""
    text = s.unit.text
    if _NOT_SIZE.search(text, s.start, s.end) or _NOT_CACHE_BYTES.search(text, s.start, s.end):
        return None
    # a size a model is called by (`у 70B`) is its name, not a figure
    figures = [
        q for q in s.quantities if q is not p and q.kind != "percent" and not any(x.start <= q.start < x.end for x in (a, b))
    ]
    ac, bc = a.config, b.config
    assert ac is not None and bc is not None
    per_token = _KV_PER_TOKEN.search(text, s.start, s.end) is not None or any(
        q.kind == "bytes" and _per_of(s.unit.masked, q, s.start) == "token" for q in figures
    )
    if _CACHE_WORDS.search(text, s.start, s.end) or per_token:
        if any(s.start <= d.start < s.end for d in s.dtypes):
            return None  # a type changes the bytes per value too
        if not per_token and (figures or ac.sliding_window or bc.sliding_window):
            return None
        return float(kv_cache_bytes(ac, 1)), float(kv_cache_bytes(bc, 1)), "KV cache per token (2 B values)"
    if _OTHER_QUANTITY.search(text, s.start, s.end) or figures:
        return None
    if len({d.name for d in in_range(s.dtypes, s.start, s.end)}) > 1:
        return None  # two types: the weights of each model in its own
    if not (_PARAM_COUNT_WORDS.search(text, s.start, s.end) or _WEIGHT_WORDS.search(text, s.start, s.end)):
        return None
    return float(count_parameters(ac).total), float(count_parameters(bc).total), "parameters"


# a size a model is called by (`the 8B`, `у 70B`, `27B больше 9B`), not a count (`8B tokens`, `37B active`)
_SIZE_CALLED = guarded(
    r"(?i)(?<![\w.,/-])(\d+(?:\.\d+)?[bm])(?![\w-])(?!\.\w)(?!['’]s)(?![^\S\n]*(?:tokens?|params?|parameters?|токен|парам|active|активн"
    r"|total|всего|of\b|из\b|experts?|экспер|FLOP|флоп|words|слов|rows|vectors|строк|вектор|samples|steps))"
)
# `the 9B's`, `the 1B's`: a size a model is called by, as the possessive the ratio ends on
_SIZE_POSSESSIVE = guarded(r"(?i)(?<=\bthe\s)(\d+(?:\.\d+)?[bm])(?=['’]s\b)")
# a model called by its family alone (`Falcon на 40 % легче Llama-3-8B`), no size or version after it
_FAMILY_CALLED = guarded(
    r"(?<![\w./-])(?:Falcon|Mistral|Mixtral|Qwen|Gemma|Llama|Phi|DeepSeek|Yi|Baichuan)(?![\w./-])(?![^\S\n]*\d)"
)
_COMPARED_BEFORE = guarded(
    r"(?i)(?:\bthan|\bчем(?:\s+у)?|\bcompared\s+(?:with|to)|\bvs\.?|\bversus|\bпо\s+сравнению\s+с|\bот|\bof)\s+(?:the\s+|у\s+)?$"
)


def _pair_models(s: Sentence, facts: NoteFacts) -> list[ModelMention]:
    """The models a sentence compares, in order: those it names (all catalogued), and a size it calls a
    model by (`the 8B`, `у 70B`) read as the model of that size in the family of the note's model (the
    one the context gives; a size the family has no model of: none)."""
    own = [x for x in s.models if s.start <= x.start < s.end]
    if any(x.config is None for x in own):
        return []
    text = s.unit.masked
    called = [
        c
        for rx in (_SIZE_CALLED, _SIZE_POSSESSIVE, _FAMILY_CALLED)
        for c in rx.finditer(text, s.start, s.end)
        if not any(x.start <= c.start() < x.end for x in s.models)
        and not (rx is _SIZE_POSSESSIVE and own)  # `the 9B's` beside a model named in full: not read
    ]
    if not called and len(own) == 1 and _COMPARED_BEFORE.search(text, max(s.start, own[0].start - 24), own[0].start):
        # `Кэш на токен на 175 % больше, чем у Mixtral 8x7B` under a Mixtral-8x22B heading: the subject is the model
        # the context gives, the one named is what it is compared with
        ctx = context_model(s, facts)
        if ctx is not None and ctx.config is not None and ctx.config.name != own[0].config.name:  # type: ignore[union-attr]
            return [ModelMention(ctx.text, s.start, s.start, ctx.config, ctx.nominal), own[0]]
    if not called or len(own) >= 2:
        return own
    out = list(own)
    for c in called:
        if c.re is _FAMILY_CALLED:
            # `Falcon` under `## Falcon-7B`: the model of that family its section is about
            ctx = facts.heading_model.get(s.unit.line) or facts.section_model.get(s.unit.line) or context_model(s, facts)
            config = ctx.config if ctx is not None and ctx.config is not None else None
            if config is None or not normalise_name(config.name).startswith(normalise_name(c.group(0))):
                return []
        else:
            ctx = own[0] if own else context_model(s, facts)
            called_as = sibling(ctx, c.group(1)) if ctx is not None and ctx.config is not None else None
            config = called_as.config if called_as is not None else None
            if config is None:
                return []  # a size of no model the context gives
        out.append(ModelMention(c.group(0), c.start(), c.end(), config, None))
    return sorted(out, key=lambda x: x.start)


def _model_percents(s: Sentence, models: list[ModelMention]) -> list[Found]:
    """A percent between two catalogued models of the sentence: `A's per-token KV is P % of B's`,
    `Кэш на токен у A на P % меньше, чем у B`, `По весам A на P % легче B`, `A has P % more parameters
    than B`, `A is smaller than B by P %`: the quantity the sentence names, computed for both."""
    text = s.unit.masked
    pcts = [q for q in s.quantities if q.kind == "percent" and q.hi is None and not q.bound]
    if len(pcts) != 1 or len(models) != 2:
        return []
    p = pcts[0]
    a, b = models
    assert a.config is not None and b.config is not None
    if a.config.name == b.config.name:
        return []
    larger: bool | None = None  # None: a share (`P % of B`)
    nouns: tuple[str | None, ...] = ()
    if a.end <= p.start and b.start >= p.end and b.start - p.end <= 60:
        gap = text[p.end : b.start]
        of = _PCT_OF_MODEL.fullmatch(gap)
        than = _PCT_THAN_MODEL.fullmatch(gap)
        if of is not None and not _CLAUSE_BREAK.search(gap):
            larger = None
        elif than is not None:
            larger = bool(than.group("l"))
            nouns = (than.group("n1"), than.group("n2"))
        else:
            return []
    elif b.end <= p.start and p.start - b.end <= 30 and _BY_PERCENT.fullmatch(text, b.end, p.start):
        comp = _THAN_MODEL_BY.search(text, max(a.end, b.start - 40), b.start)
        if comp is None or a.end > b.start:
            return []
        larger = bool(comp.group("l"))
    else:
        return []
    if any(w is not None and not _SIZE_NOUNS.fullmatch(w) and w.lower() not in ("на", "by", "the", "than", "чем") for w in nouns):
        return []  # `40 % more users than B`: a count of something else
    got = _model_quantity(s, a, b, p)
    if got is None:
        return []
    va, vb, name = got
    if not vb:
        return []
    ratio = va / vb
    value = ratio if larger is None else ratio - 1 if larger else 1 - ratio
    digits = p.text.replace(",", ".")
    num = re.search(r"\d+(?:\.(\d+))?", digits)
    tol = max(0.005, 0.005 + 0.5 * 10 ** -len(num.group(1) or "" if num else "") / 100)
    if p.hedge:
        tol = max(tol, 0.1 * p.value)
    ok = abs(value - p.value) <= tol
    said = "of" if larger is None else "larger than" if larger else "smaller than"
    how = (
        f"{name}: {a.text} {va:,.0f} vs {b.text} {vb:,.0f}: {a.text} is {ratio:.1%} of {b.text}"
        f" ({value:.1%} {said}); stated {p.text} {said}"
    )
    claim = make_claim(s.unit, p.start, p.end, "percent-reduction", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=p.text)
    return [Found(claim, ((p.start, p.end),))]


_BITS_PER_WEIGHT = guarded(
    r"(?i)\s*(?:at|[(:,—–-])?\s*(?:about\s+|около\s+|~\s*|≈\s*)?(?P<b>\d+(?:[.,]\d+)?)\s*"
    r"(?:bits?\s*(?:/|per)\s*(?:weight|param\w*)|bpw|бит\w*\s+на\s+(?:вес|параметр))"
)


def _two_models(s: Sentence) -> bool:
    """The sentence names two different models: a ratio in it may compare them, not their types."""
    named = [x for x in s.models if s.start <= x.start < s.end]
    names = {(x.config.name if x.config is not None else x.text.lower()) for x in named}
    if len(names) >= 2:
        return True
    if not names:
        return False
    # `vs Llama-3-70B in bf16, the 120b in MXFP4 is 2.3× smaller`: one model named, another called by a
    # size its name does not carry (`the 120b`, `у 70B`, `than the 8B`)
    text = s.unit.text
    own = " ".join(x.text.lower() for x in named)
    for c in _SIZE_CALLED.finditer(text, s.start, s.end):
        if any(x.start <= c.start() < x.end for x in named) or c.group(1).lower() in own:
            continue
        if _CALLED_LEAD.search(text, max(s.start, c.start() - 8), c.start()):
            return True
    return False


_CALLED_LEAD = guarded(r"(?i)(?:\bthe|\bу|\bчем|\bthan|\bvs\.?)\s+$")


def _between_models(s: Sentence, start: int, end: int, shape: str, stated: str) -> Found:
    """`gpt2-xl in fp32 (6.2 GB) is about the size of the fp16 Llama-3.2-3B, only 3 % bigger`: the
    figure compares two models, each of its own size, not the two storage types: not checked here."""
    claim = make_claim(
        s.unit,
        start,
        end,
        shape,
        Verdict.UNVERIFIABLE,
        "the sentence names two models: the figure compares them, not only their storage types; not checked",
        stated=stated,
    )
    return Found(claim, ((start, end),))


def _stated_bytes(s: Sentence, d: DtypeMention) -> float:
    """The bytes per weight of a storage type as the sentence states them right after its name
    (`Q3_K_S at 3.44 bits/weight`), else the catalogue's."""
    m = _BITS_PER_WEIGHT.match(s.unit.masked, d.end, min(s.end, d.end + 40))
    return float(m.group("b").replace(",", ".")) / 8 if m else d.bytes


# what a ratio is relative to, named right after it: `than fp16`, `than its fp16 engine`, `чем в bf16`, `vs fp32`
_REFERENT_BEFORE_TYPE = guarded(
    r"(?i)^[\s,]*(?:than|чем|vs\.?|versus|compared\s+(?:with|to)|against|relative\s+to|по\s+сравнению\s+с|относительно|против)"
    r"(?:\s+[^\s,;.()]+){0,3}?\s+$"
)
# what a sentence's ratios are all relative to, said before them: `Compared with F16, …`, `По сравнению с fp16 …`
_LEAD_REFERENT = guarded(
    r"(?i)(?:compared\s+(?:with|to)|relative\s+to|against|versus|vs\.?|по\s+сравнению\s+с|в\s+сравнении\s+с|относительно)"
    r"(?:\s+[^\s,;.()]+){0,2}?\s+$"
)


def _referent(text: str, m: re.Match[str], d: DtypeMention) -> bool:
    """Type `d` after ratio words `m` is what the ratio is relative to: `than fp16`, or a Russian
    comparative's bare genitive (`в 4 раза меньше fp32`)."""
    gap = text[m.end() : d.start]
    if _REFERENT_BEFORE_TYPE.match(gap):
        return True
    return not gap.strip() and bool(re.search(r"[а-яё]$", m.group(0), re.I))


def _bare_genitive(text: str, after: int, d: DtypeMention) -> bool:
    """Type `d` right after the previous ratio's Russian comparative is that ratio's referent
    (`int4 в 2 раза меньше int8 и в 4 раза меньше fp16`: int8 is no subject of the second ratio)."""
    return after > 0 and not text[after : d.start].strip() and bool(re.match(r"[а-яё]", text[after - 1], re.I))


def _distinct(mentions: list[DtypeMention]) -> list[DtypeMention]:
    return list({d.name: d for d in mentions}.values())


def _further_pair(
    s: Sentence,
    after: int,
    m: re.Match[str],
    stop: int,
    source: DtypeMention | None,
    sentence: tuple[DtypeMention | None, DtypeMention | None],
) -> tuple[DtypeMention, DtypeMention] | None:
    """The two storage types a further ratio of the sentence compares: its own subject (a type
    named since the previous ratio that is not that ratio's `than X`) and its referent (`than Y`
    right after it), else the sentence's lead referent (`Compared with F16, Q8_0 1.9× smaller`),
    else the sentence's subject against its referent (`int8 is 2× smaller than fp16 and 4× smaller
    than fp32`); a type after the ratio that no `than` introduces is the next clause's, not this one's."""
    text = s.unit.masked
    before = [d for d in in_range(s.dtypes, after, m.start()) if after <= d.start and d.end <= m.start()]
    own = _distinct(
        [d for d in before if not _REFERENT_BEFORE_TYPE.match(text[after : d.start]) and not _bare_genitive(text, after, d)]
    )
    later = [d for d in in_range(s.dtypes, m.end(), stop) if m.end() <= d.start < stop]
    ref = next((d for d in later if _referent(text, m, d)), None)
    if len(own) == 2 and ref is None:
        a, b = own
        return (a, b) if a.bytes != b.bytes else None  # `…, and C → D is 4 times smaller`
    if len(own) > 1:
        return None
    subject = own[0] if own else sentence[0]
    other = ref or source or sentence[1]
    if subject is None or other is None or subject.name == other.name or subject.bytes == other.bytes:
        return None
    return other, subject


def _sentence_subject(s: Sentence) -> DtypeMention | None:
    """The one storage type named before the sentence's first ratio that no `than`/`compared with` introduces."""
    first = RATIO_WORDS.search(s.unit.masked, s.start, s.end)
    if first is None:
        return None
    text = s.unit.masked
    own = _distinct(
        [
            d
            for d in in_range(s.dtypes, s.start, first.start())
            if s.start <= d.start and not _LEAD_REFERENT.search(text, max(s.start, d.start - 60), d.start)
        ]
    )
    return own[0] if len(own) == 1 else None


def _lead_referent(s: Sentence) -> DtypeMention | None:
    """The one storage type `Compared with X,` / `По сравнению с X` names before the sentence's first ratio."""
    first = RATIO_WORDS.search(s.unit.masked, s.start, s.end)
    if first is None:
        return None
    text = s.unit.masked
    lead = _distinct(
        [
            d
            for d in in_range(s.dtypes, s.start, first.start())
            if s.start <= d.start and _LEAD_REFERENT.search(text, max(s.start, d.start - 60), d.start)
        ]
    )
    return lead[0] if len(lead) == 1 else None


# after a first ratio, a bare factor ending its clause is one more of the same kind (`int8 is 2× smaller
# than fp16, and int4 4×`); `2× faster` is not bare
_FURTHER_RATIO = guarded(
    rf"{RATIO_WORDS.pattern}|(?<![\w.,])(?P<bare>\d+(?:[.,]\d+)?)\s?[×x](?![\w×])(?=\s*(?:[,;.)]|$|(?:and|и|а)\b))"
)


def _more_dtype_ratios(s: Sentence, after: int, source: DtypeMention | None = None) -> list[Found]:
    """`A is 2× smaller than B, and C → D is 4 times smaller`: each further ratio between the two
    storage types of its own stretch (from the previous ratio to the next one); with a `source` the
    sentence's ratios are relative to, a stretch naming one type is that type against it
    (`… bf16 makes it 2 times smaller, and int4 makes it 8 times smaller`)."""
    unit, text = s.unit, s.unit.masked
    out: list[Found] = []
    matches = list(_FURTHER_RATIO.finditer(text, after, s.end))
    sentence = (_sentence_subject(s), _lead_referent(s)) if matches else (None, None)  # once per sentence
    for i, m in enumerate(matches):
        nxt = matches[i + 1].start() if i + 1 < len(matches) else s.end
        # its own clause: from the last `,`/`;` before it (not before the previous ratio) to the next one
        begin = max(after, *(text.rfind(c, after, m.start()) + 1 for c in ",;"))
        stops = [j for j in (text.find(c, m.end(), nxt) for c in ",;") if j >= 0]
        n_text = m.group("bare") or _ratio_n_text(m)
        pair = _further_pair(s, begin, m, min(stops) if stops else nxt, source, sentence)
        after = m.end()
        if not n_text or pair is None:
            continue
        stated_n = _number(n_text)
        a, b = pair
        a_bytes, b_bytes = _stated_bytes(s, a), _stated_bytes(s, b)
        ratio = max(a_bytes, b_bytes) / min(a_bytes, b_bytes)
        ok = abs(ratio - stated_n) <= max(0.05 * stated_n, 0.05)
        how = f"{a.name} {a_bytes:.4g} B vs {b.name} {b_bytes:.4g} B: ratio {ratio:.4g}; stated {stated_n:g}×"
        n_q = next((q for q in s.quantities if q.kind == "multiplier" and m.start() <= q.start < m.end()), None)
        claim = make_claim(
            unit, m.start(), m.end(), "ratio", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=n_q.text if n_q else m.group(0)
        )
        out.append(Found(claim, ((m.start(), m.end()),), (Fact("ratio", stated_n, stated_n, unit.line),)))
    return out


# `25 % of the fp32 size`, `30 % от размера в fp16`: a share of another type's size (a size noun
# said before or after the type: `25 % of the fp16 accuracy` is no size)
_PERCENT_OF_TYPE = guarded(
    r"(?i)(?P<p>\d+(?:[.,]\d+)?)\s*%\s*(?:of\s+(?:the\s+|its\s+|an?\s+)?|от\s+(?:(?P<noun>размера|объ[её]ма|веса|памяти|места)\s+)?(?:в\s+|модели\s+в\s+)?)$"
)
_SIZE_NOUN = guarded(
    r"(?i)[\s-]*(?:size|footprint|weights|file|checkpoint|export|build|copy|файла|чекпойнта|копии|весов"
    r"|memory|VRAM|storage|bytes|one|version|model|памяти|объ[её]ма|размера|версии|модели)\b(?!['’]s)"
)


# a verb saying how large the subject is (`занимает`, `весит`, `takes`, `weighs`, `occupies`)
_SIZE_VERB = guarded(
    r"(?i)\b(?:занима\w*|занял\w*|занимают|весит|весят|вес(?:ил|ила|или)|weigh\w*|takes?|took|occup\w*|fills?)\b"
)
_TYPE_ENDS_CLAUSE = guarded(r"[^\S\n]*(?:[,.;:!?)]|—|–|$)")


def _share_of_type(s: Sentence) -> list[Found]:
    """`CoreML int4 ends up at 25 % of the fp32 size`: the subject's storage type (the one named
    before the percent) as a share of the type named right after `of`/`от`: bytes / bytes."""
    text = s.unit.masked
    out: list[Found] = []
    for d in in_range(s.dtypes, s.start, s.end):
        if not (s.start <= d.start and d.end <= s.end):
            continue
        m = _PERCENT_OF_TYPE.search(text, max(s.start, d.start - 40), d.start)
        if m is None:
            continue
        # `NF4-база занимает 13 % от fp16`, `int8 weighs 50 % of bf16.`: a verb of size before, the type ends its clause
        sized_verb = _SIZE_VERB.search(text, max(s.start, m.start() - 40), m.start()) and _TYPE_ENDS_CLAUSE.match(text, d.end)
        if not (m.group("noun") or _SIZE_NOUN.match(text, d.end) or sized_verb):
            continue
        before = _distinct([x for x in in_range(s.dtypes, s.start, m.start()) if s.start <= x.start and x.end <= m.start()])
        if len(before) != 1 or before[0].name == d.name or _two_models(s):
            continue
        a, b = before[0], d
        value = _stated_bytes(s, a) / _stated_bytes(s, b)
        stated = float(m.group("p").replace(",", ".")) / 100
        p_text = m.group("p").replace(",", ".")
        tol = 0.005 + 0.5 * 10 ** -(len(p_text.split(".")[1]) if "." in p_text else 0) / 100
        ok = abs(value - stated) <= tol
        how = f"{a.name} {_stated_bytes(s, a):g} B / {b.name} {_stated_bytes(s, b):g} B = {value:.1%}; stated {stated:.1%}"
        verdict = Verdict.HOLDS if ok else Verdict.WRONG
        if not ok and a.name == "nf4":  # NF4 stores 4.127 bits a weight with double quantization, 4.5 without
            shares = [bits / 8 / _stated_bytes(s, b) for bits in _NF4_STORED_BITS]
            if any(abs(x - stated) <= tol for x in shares):
                verdict = Verdict.HOLDS
                how += f" (NF4 with its scales: {shares[0]:.1%}–{shares[1]:.1%})"
        elif not ok and _stated_bytes(s, a) < 1 and not a.gguf:
            wider = (_stated_bytes(s, a) + 1 / 8) / _stated_bytes(s, b)  # a quantized file stores scales: up to a bit more
            if value - tol <= stated <= wider + tol:
                verdict = Verdict.UNVERIFIABLE
                how += f" (a quantized file also stores scales: up to {wider:.1%} at one more bit per weight)"
        end = text.index("%", m.end("p")) + 1
        claim = make_claim(s.unit, m.start(), end, "percent-reduction", verdict, how, stated=text[m.start() : end])
        pq = next((q for q in s.quantities if q.kind == "percent" and m.start() <= q.start < m.end()), None)
        out.append(Found(claim, ((pq.start, pq.end),) if pq else ((m.start(), end),)))
    return out


def _about_sizes(s: Sentence, facts: NoteFacts) -> bool:
    """The sentence, or the line just above it in its paragraph (a question it answers), speaks of sizes."""
    line = s.unit.line
    return bool(
        _SIZING_CONTEXT.search(s.unit.text, s.start, s.end)
        or _SIZING_CONTEXT.search(facts.lead_in.get(line, ""))
        or _SIZING_CONTEXT.search(facts.above.get(line, ""))
    )


# `from 32 to 8 KV heads`, `с 32 до 8 голов`: a count a size is proportional to, changed
_FROM_TO_COUNT = guarded(
    r"(?i)(?:\bfrom|(?<!\w)с)\s+(?P<a>\d+(?:[.,]\d+)?)\s+(?:to|до|на)\s+(?P<b>\d+(?:[.,]\d+)?)[\s-]+(?:(?:KV|kv|key[-\s]value)[\s-]+)?"
    r"(?P<what>heads?|голов\w*|KV-голов\w*)\b"
)
_COUNT_OF = guarded(
    r"(?i)\b(?:number\s+of|count\s+of|число|количество)\s+(?:(?:KV|kv)[\s-]+)?(?P<what>heads|голов)\w*"
    r"[^\d]{0,12}?\b(?:from|с)\s+(?P<a>\d+(?:[.,]\d+)?)\s+(?:to|до)\s+(?P<b>\d+(?:[.,]\d+)?)"
)


# `with 4 KV heads instead of 28`, `8 KV-голов вместо 32`, `8 KV heads vs 32`: the new count, then the old one
_INSTEAD_COUNT = guarded(
    r"(?i)(?<![\d.,])(?P<b>\d+)[\s-]+(?:(?:KV|key[-\s]value)[\s-]+)?(?P<what>heads?|голов\w*|KV-голов\w*)"
    r"\s+(?:instead\s+of|rather\s+than|vs\.?|versus|against|вместо|против)\s+(?P<a>\d+)(?![\d.,])"
)


def _from_to_counts(s: Sentence, m: re.Match[str], facts: NoteFacts) -> tuple[float, float, str, str] | None:
    """The two counts of KV heads, changed before the percent in a sentence about the cache (which is
    proportional to them): the cache changes in their ratio. Layers or bits are not read (embeddings,
    scales and overheads do not scale with them)."""
    text = s.unit.text
    found = [*_FROM_TO_COUNT.finditer(text, s.start, m.start()), *_COUNT_OF.finditer(text, s.start, m.start())]
    found += list(_INSTEAD_COUNT.finditer(text, s.start, m.start()))
    if len(found) != 1 or not _CACHE_NOUN.search(text, s.start, s.end) or _not_a_size_ratio(s, m):
        return None
    c = found[0]
    a, b = _number(c.group("a")), _number(c.group("b"))
    if not a or not b or a == b:
        return None
    what = c.group("what")
    return max(a, b), min(a, b), f"{max(a, b):g} {what}", f"{min(a, b):g}"


# a bound said right before a percent: `saves at least 70 %`, `by no more than 60 %`, `не менее 70 %`
_PERCENT_BOUND = guarded(
    r"(?i)(?:(?P<low>\bat\s+least|\bno\s+less\s+than|\bnot\s+less\s+than|не\s+менее|не\s+меньше|как\s+минимум|по\s+меньшей\s+мере)"
    r"|(?P<high>\bat\s+most|\bup\s+to|\bno\s+more\s+than|\bnot\s+more\s+than|не\s+более|не\s+больше|вплоть\s+до))"
    r"\s+(?:(?:by|на)\s+)?$|\b(?:by|на)\s+(?:(?P<low2>at\s+least|не\s+менее|как\s+минимум)|(?P<high2>at\s+most|up\s+to|не\s+более))\s+$"
)
# a stored artefact of a quantized model (its file carries scales and layers kept wide)
_ARTEFACT = guarded(
    r"(?i)\bversion\b|\bbuild\b|\bfile\b|\bcheckpoint\b|\bexport\b|\bquant\b|\bGGUF\b|\bMLX\b|\bGPTQ\b|\bAWQ\b"
    r"|верси\w*|сборк\w*|файл\w*|чекпойнт\w*|чекпоинт\w*|квант\b|экспорт\w*"
)


def _scaled_file(s: Sentence, low: DtypeMention) -> float | None:
    """The bytes per weight a quantized file's scales may add (one more bit), when the sentence speaks
    of a file, version or build at an integer width of 8 bits or fewer; None otherwise."""
    if low.gguf or low.bytes > 1 or low.name not in ("int8", "int4", "int3", "int2", "nf4"):
        return None
    return 1 / 8 if _ARTEFACT.search(s.unit.text, s.start, s.end) else None


_HEADS_WORD = guarded(r"(?i)\bheads?\b|голов\w*|\bGQA\b|\bMQA\b")


def _heads_with_types(
    s: Sentence, m: re.Match[str], facts: NoteFacts, pair: tuple[DtypeMention, DtypeMention]
) -> tuple[float, float] | tuple[()] | None:
    """KV heads changed `from A to B` in the same sentence as the type (`from fp16 to fp8`): the two
    counts in the order of the change (None: no such change; (): the two changes go opposite ways)."""
    text = s.unit.text
    found = [*_FROM_TO_COUNT.finditer(text, s.start, m.start()), *_COUNT_OF.finditer(text, s.start, m.start())]
    found += list(_INSTEAD_COUNT.finditer(text, s.start, m.start()))
    if len(found) != 1 or not _CACHE_NOUN.search(text, s.start, s.end):
        return None
    a, b = _number(found[0].group("a")), _number(found[0].group("b"))
    if not a or not b or a == b:
        return None
    first, second = pair
    if not _from_to_types(s.unit.masked, s.start, first, second):
        return ()  # the type change's direction is not said: not one factor
    return (a, b) if (a > b) == (first.bytes > second.bytes) else ()


# the recipe a percent is against, by its bytes per parameter (`over the 18-byte recipe`, `относительно 18-байтного рецепта`)
_RECIPE_REF = guarded(
    r"(?i)(?:over|than|against|compared\s+(?:with|to)|vs\.?|относительно|против|по\s+сравнению\s+с)\s+(?:the\s+|an?\s+)?"
    r"(?P<n>\d+(?:[.,]\d+)?)[-\s]?(?:bytes?|байтн\w*)\s+(?:recipe|setup|baseline|one|рецепт\w*|схем\w*|вариант\w*)"
)
# a rate in bytes per parameter (`12 bytes/param`, `12 байт на параметр`)
_RATE_PER_PARAM = guarded(
    r"(?i)(?<![\d.,])(?P<m>\d+(?:[.,]\d+)?)\s*(?:bytes?|B|байт\w*)\s*(?:/\s*|per\s+|на\s+)(?:param\w*|параметр\w*)"
)


def _recipe_rates(s: Sentence, m: re.Match[str], facts: NoteFacts, *, larger: bool) -> tuple[float, float, str, str] | None:
    """`18 → 12 bytes/param.` / `That is a 33 % saving over the 18-byte recipe`: a percent against a
    recipe named by its bytes per parameter is between that rate and the last rate per parameter said
    before the percent in its sentence, else on the nearest line above in its section (none: no claim)."""
    text = s.unit.text
    ref = _RECIPE_REF.search(text, s.start, s.end)
    if ref is None:
        return None
    n = _number(ref.group("n"))
    rates = [r for r in _RATE_PER_PARAM.finditer(text, s.start, m.start())]
    above = facts.lines_above.get(s.unit.line, ())
    rates = rates or (list(_RATE_PER_PARAM.finditer(above[0])) if above else [])
    if not rates or n <= 0:
        return None
    rate = _number(rates[-1].group("m"))
    if rate <= 0 or rate == n or (rate > n) != larger:
        return None
    hi, lo = max(n, rate), min(n, rate)
    return hi, lo, f"{hi:g} B/param", f"{lo:g} B/param"


def _restates(ratio: re.Match[str], stated: float, larger: bool) -> bool:
    """A percent that says the same as the factor before it (`4 times smaller, a 75 % saving`)."""
    half = ratio.group("half") or ratio.group("double")
    n_text = ratio.group("n1") or ratio.group("n2") or ratio.group("n3") or ("2" if half else "")
    n = _number(n_text) if n_text else 0.0
    if n <= 0:
        return False
    implied = n - 1 if larger else 1 - 1 / n
    return abs(implied - stated) <= 0.01


# a unit named bare, with no figure before it (`between GB and GiB`, `ГиБ больше ГБ`)
_BARE_UNIT = guarded(r"(?<![\w.,])(?<!\d\s)(?<!\d\u00a0)(?<!\d\u202f)(?P<p>[KMGTКМГТ])(?P<i>[iи]?)(?P<b>[BБ])(?![\w/])")
_PREFIX_POWER = {"K": 1, "К": 1, "M": 2, "М": 2, "G": 3, "Г": 3, "T": 4, "Т": 4}
# the percent states how the two units differ (not `7 % of users`, `7 % faster`)
_DIFFER_WORDS = guarded(
    r"(?i)\bdiffer\w*|\bdifference\b|\bgap\b|\blarger\b|\bbigger\b|\bsmaller\b|\bmore\b|\bless\b"
    r"|разниц\w*|различ\w*|отлича\w*|расхожд\w*|больше|меньше|крупнее"
)
_CHANGE_WORDS = guarded(
    r"(?i)\bgr[eo]w\w*|\brose\b|\brise\w*|\bincreas\w*|\bdrop\w*|\bfell\b|вырос\w*|\bрост\w*|увелич\w*|упал\w*|сниз\w*"
)
_LARGER_WORDS = guarded(r"(?i)\blarger\b|\bbigger\b|\bmore\b|больше|крупнее")
_SMALLER_WORDS = guarded(r"(?i)\bsmaller\b|\bless\b|меньше")


def _unit_difference(s: Sentence) -> list[Found]:
    """`GiB is 7.4 % larger than GB`, `разница между ГБ и ГиБ — 7,4 %`: a percent between a decimal unit
    and its binary twin, named bare (1024^k / 1000^k: 2.4 % for KiB, 7.4 % for GiB, 10 % for TiB).
    `Larger` with the binary unit first is 1024^k/1000^k − 1, `smaller` with the decimal one first is
    1 − 1000^k/1024^k; said loosely (`the difference`), either; the other one where a direction is
    said: not certain."""
    text = s.unit.text
    bare = list(_BARE_UNIT.finditer(text, s.start, s.end))
    powers = {_PREFIX_POWER[u.group("p").upper() if u.group("p").isascii() else u.group("p")] for u in bare}
    if len(bare) < 2 or len(powers) != 1 or len({bool(u.group("i")) for u in bare}) != 2:
        return []
    if not _DIFFER_WORDS.search(text, s.start, s.end) or _NOT_SIZE.search(text, s.start, s.end):
        return []
    if _CHANGE_WORDS.search(text, s.start, s.end):
        return []  # `grew 7 % more in GB than in GiB`: a change of something, not the units' fixed ratio
    k = powers.pop()
    r = 1.024**k
    binary_first = bool(bare[0].group("i"))
    larger, smaller = _LARGER_WORDS.search(text, s.start, s.end), _SMALLER_WORDS.search(text, s.start, s.end)
    up, down = r - 1, 1 - 1 / r
    said_larger, said_smaller = bool(larger and not smaller), bool(smaller and not larger)
    meant: float | None = None  # said loosely: either reading
    if said_larger or said_smaller:
        # `GiB is N % larger than GB` is r − 1, `GB is N % smaller than GiB` 1 − 1/r: the figure is of the unit
        # named first; said the wrong way round (`GB is N % larger than GiB`), still judged on that unit's figure
        meant = up if binary_first else down
    out: list[Found] = []
    for p in s.quantities:
        if p.kind != "percent" or p.hi is not None or _OF_AFTER.match(text, p.end):
            continue
        readings = [meant] if meant is not None else [up, down]
        digits = p.text.replace(",", ".")
        num = re.search(r"\d+(?:\.(\d+))?", digits)
        half = 0.5 * 10.0 ** -len(num.group(1) or "") / 100 if num else 0.005
        tol = half * (2 if p.hedge else 1) + 1e-9  # `7 %` is 6.5–7.5 %, `about 7 %` a little more

        def near(x: float, tol: float = tol, at: float = p.value) -> bool:
            return abs(at - x) <= tol

        how = f"1 {bare[0].group(0)} vs 1 {bare[1].group(0)}: 1024^{k} / 1000^{k} = {r:.4f}"
        how += f", {up:.2%} larger or {down:.2%} smaller"
        if any(near(x) for x in readings):
            verdict = Verdict.HOLDS
        elif meant is not None and any(near(x) for x in (up, down)):
            verdict, how = Verdict.UNVERIFIABLE, f"{how}; the other direction's figure: which is meant is not certain"
        else:
            verdict = Verdict.WRONG
        claim = make_claim(s.unit, p.start, p.end, "percent-reduction", verdict, f"{how}; stated {p.text}", stated=p.text)
        out.append(Found(claim, ((p.start, p.end),)))
    return out


def percent_words(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A reduction or increase in percent between two sizes or two dtypes; first, an embedding table's count and
    share (`counts.embedding_tables`), judged before any percent unit reads the stated part as its own."""
    tables = embedding_tables(s, facts)
    if tables:
        s = s.without(tuple(span for f in tables for span in f.used))
    return tables + _percent_words_of(s, facts)


_SHARE_KINDS = ("tokens", "flops", "throughput", "time")


def _percent_words_of(s: Sentence, facts: NoteFacts) -> list[Found]:
    unit, text = s.unit, s.unit.masked
    if "%" not in text[s.start : s.end] and not any(q.kind == "percent" for q in s.quantities):
        return []
    units = _unit_difference(s)
    if units:
        return units
    models = _pair_models(s, facts)
    between = _model_percents(s, models) if len(models) == 2 else []
    if between:
        return between
    m = _PERCENT_WORDS.search(text, s.start, s.end)
    if m is None:
        found = _share_of_type(s) or _percent_of_size(s) or _percent_of_size(s, "count") or _share_of_two(s)
        # the same of two token counts, FLOPs, rates or times (`1B tokens, 4 % of the 25B-token optimum`)
        for kind in () if found else _SHARE_KINDS:
            found = _percent_of_size(s, kind)
            if found:
                break
        return (
            found or _weights_share(s) or _percent_of_named_whole(s) or _answer_percent(s, facts) or _percent_of_weights(s, facts)
        )
    p_text = m.group("p") or m.group("p2") or m.group("p3") or m.group("p4") or m.group("p5")
    larger = bool(m.group("l") or m.group("p4") or m.group("l5"))
    stated = float(p_text.replace(",", ".")) / 100
    sizes = _sizes(s)
    if len(sizes) >= 2 and all(q.start >= m.end() and ";" in text[m.end() : q.start] for q in sizes):
        return []  # `uses 30 % less memory; it keeps 120 GB of vectors on a 480 GB disk`: the sizes are another clause's
    if len(sizes) >= 2 and _size_of_another_clause(s, sizes, m):
        typed = _percent_against_type(s, m, s.start)
        return ([typed] if typed is not None else []) + _more_percents(s, m.end())
    scaled: float | None = None  # bytes a quantized file's scales may add per weight
    subject: DtypeMention | None = None  # the type the percent is of, when it compares two types
    source_d: DtypeMention | None = None  # and the type it is smaller than
    several = len(sizes) > 2  # `fp16: 14 GB; int8: 7 GB (50 % less); int4: 3.5 GB`: which two are meant is a guess
    if several:
        before = [q for q in sizes if q.end <= m.start()]
        sizes = [sizes[0], before[-1]] if len(before) >= 2 else sizes
    if len(sizes) >= 2:
        big, small = max(sizes, key=lambda q: q.value), min(sizes, key=lambda q: q.value)
        a_val, b_val, a_name, b_name = big.value, small.value, big.text, small.text
        spans: tuple[tuple[int, int], ...] = ((big.start, big.end), (small.start, small.end))
    else:
        pair = _clause_dtype_pair(s, m.start(), m.end()) or _dtype_pair(s) or _dtype_pair_with_previous(s)
        ratio = RATIO_WORDS.search(text, s.start, m.start())
        if pair is None and ratio is not None and not sizes and not _restates(ratio, stated, larger):
            # `Q: … bf16 … fp32 …?` / `A: 4 times, a 25 % saving`: a percent of an answer that does not
            # restate its ratio is between the question's two types, as the ratio is
            pair = _question_pair(s, ratio, facts)
        earlier = _with_previous(s, sizes) if pair is None and ratio is None else []
        if pair is None and ratio is not None and not _about_sizes(s, facts):
            return []  # `Halving the term … cuts interest by 53.9 %`: a ratio of something that is no size
        if pair is None and ratio is not None:  # `N times smaller, i.e. a saving of P %`
            half = ratio.group("half") or ratio.group("double")
            n_text = ratio.group("n1") or ratio.group("n2") or ratio.group("n3") or ("2" if half else "")
            if not n_text:
                return []
            n = _number(n_text)
            a_val, b_val, a_name, b_name = n, 1.0, f"{n:g}×", "1×"
            spans = ()
        elif pair is None and earlier:
            big, small = max(earlier, key=lambda q: q.value), min(earlier, key=lambda q: q.value)
            a_val, b_val, a_name, b_name = big.value, small.value, big.text, small.text
            spans = ()
        elif pair is None and (counts := _from_to_counts(s, m, facts)) is not None:
            a_val, b_val, a_name, b_name = counts  # `from 32 to 8 KV heads cuts the cache by 75 %`
            spans = ()
        elif pair is None and (rates := _recipe_rates(s, m, facts, larger=larger)) is not None:
            a_val, b_val, a_name, b_name = rates  # `18 → 12 bytes/param` / `a 33 % saving over the 18-byte recipe`
            spans = ()
        elif pair is None:
            return []
        elif _not_a_size_ratio(s, m):
            return []  # `fp8 cuts latency by 40 % compared with bf16`: a percent of speed or cost, not of bytes
        elif _two_models(s):
            return [_between_models(s, m.start(), m.end(), "percent-reduction", f"{p_text} %")]
        else:
            hi_d, lo_d = sorted(pair, key=lambda d: -d.bytes)
            subject = hi_d if larger else lo_d
            source_d = None if larger else hi_d
            a_val, b_val = hi_d.bytes, lo_d.bytes
            a_name, b_name = f"{hi_d.name} {hi_d.bytes:g} B", f"{lo_d.name} {lo_d.bytes:g} B"
            spans = ()
            heads = _heads_with_types(s, m, facts, pair)
            heads_named = _HEADS_WORD.search(unit.text, s.start, m.start()) is not None
            if heads is None and heads_named and _CACHE_NOUN.search(unit.text, s.start, s.end):
                return []  # the heads change too, in words not read: the type alone is not the cut
            if heads == ():
                return []  # the heads and the type change in opposite directions: not one factor
            if heads:
                # `from 32 to 8 KV heads and from fp16 to fp8 cuts the cache by 87.5 %`: both changes
                a_val, b_val = a_val * max(heads), b_val * min(heads)
                a_name, b_name = f"{max(heads):g} KV heads × {a_name}", f"{min(heads):g} × {b_name}"
            else:
                scaled = _scaled_file(s, lo_d)
    got = a_val / b_val - 1 if larger else 1 - b_val / a_val
    tol = 0.005 + 0.5 * 10 ** -(len(p_text.replace(",", ".").split(".")[1]) if "." in p_text.replace(",", ".") else 0) / 100
    p_at = m.start(next(g for g in ("p", "p2", "p3", "p4", "p5") if m.group(g)))
    bound = _PERCENT_BOUND.search(text, max(s.start, m.start() - 30), p_at)
    lower = bool(bound and (bound.group("low") or bound.group("low2")))
    if bound is None:
        ok = abs(got - stated) <= max(tol, 0.005)
    else:  # `saves at least 70 %`, `не более 60 %`: a bound holds on its side
        ok = got >= stated - max(tol, 0.005) if lower else got <= stated + max(tol, 0.005)
    what = "larger" if larger else "smaller"
    verdict = Verdict.HOLDS if ok else Verdict.UNVERIFIABLE if several else Verdict.WRONG
    note = "" if ok or not several else " (the sentence states more sizes: which two are compared is not certain)"
    small_type = b_name.split()[0] if b_name else ""  # (`nf4 0.5 B`)
    if verdict is Verdict.WRONG and bound is None and _nf4_scales_hold(small_type, a_val, stated, max(tol, 0.005), larger=larger):
        verdict, note = Verdict.HOLDS, _NF4_SCALES
    if verdict is Verdict.WRONG and scaled is not None and bound is None:
        # `4-битная версия на 72 % меньше bf16`: a quantized file also stores its scales (and layers kept
        # wide): anything between the pure types' figure and one more bit per weight may be its own
        wider = 1 - (b_val + scaled) / a_val if not larger else (a_val / (b_val + scaled)) - 1
        if min(got, wider) - max(tol, 0.005) <= stated <= max(got, wider) + max(tol, 0.005):
            verdict = Verdict.UNVERIFIABLE
            note = f" (a quantized file also stores scales: up to {wider:.1%} at one more bit per weight)"
    claim = make_claim(
        unit,
        m.start(),
        m.end(),
        "percent-reduction",
        verdict,
        f"{a_name} → {b_name}: {got:.1%} {what}; stated {'at least ' if lower else 'at most ' if bound else ''}{stated:.1%}"
        + note,
        stated=f"{p_text} %",
    )
    pq = next((q for q in s.quantities if q.kind == "percent" and m.start() <= q.start < m.end()), None)
    own = ((pq.start, pq.end),) if pq else ((m.start(), m.end()),)
    first = Found(claim, own if any(x.config is not None for x in s.models) else spans + own)
    more = _more_percents(s, m.end())
    if subject is not None and ok:
        more += _elliptic_percents(s, m.end(), subject, larger, {a for x in more for a, _ in x.used})
    if source_d is not None and subject is not None and ok:
        more += _parallel_percents(s, m.end(), source_d, subject, {a for x in more for a, _ in x.used})
    return [first, *more]


# right before a type: what a percent is relative to (`относительно fp32 — 87,5 %`, `87.5 % versus fp32`)
_REFERENT_WORDS = guarded(
    r"(?i)(?:relative\s+to|versus|vs\.?|against|than|compared\s+(?:with|to)|over|относительно|против|по\s+сравнению\s+с|чем)"
    r"\s+(?:(?:в|in|the)\s+)?$"
)


def _elliptic_percents(s: Sentence, after: int, subject: DtypeMention, larger: bool, taken: set[int]) -> list[Found]:
    """`Экономия int4 относительно fp16 — 75 %, относительно fp32 — 87,5 %`, `int4 saves 75 % versus
    fp16 and 87.5 % versus fp32`: a further bare percent whose clause names only what it is relative
    to is of the first percent's subject, in the same direction (a subject of its own: not read here)."""
    text = s.unit.masked
    out: list[Found] = []
    for q in s.quantities:
        if q.kind != "percent" or q.start < after or q.hi is not None or q.bound or q.start in taken:
            continue
        lo = max(after, q.start - 120)
        begin = max([lo, *(b.end() for b in _CLAUSE_BREAK.finditer(text, lo, q.start))])
        stops = [j for j in (text.find(c, q.end, min(s.end, q.end + 80)) for c in ",;") if j >= 0]
        end = min(stops) if stops else min(s.end, q.end + 80)
        types = _distinct([d for d in in_range(s.dtypes, begin, end) if begin <= d.start and d.end <= end])
        if len(types) != 1 or types[0].name == subject.name or types[0].bytes == subject.bytes:
            continue
        ref = types[0]
        if not _REFERENT_WORDS.search(text, max(begin, ref.start - 30), ref.start) or _not_a_size_ratio_at(s, q.start, q.end):
            continue
        a_val, b_val = _stated_bytes(s, ref), _stated_bytes(s, subject)
        got = b_val / a_val - 1 if larger else 1 - b_val / a_val
        if got <= 0:
            continue  # the subject is not smaller (larger) than this type: the first percent's reading does not carry over
        digits = q.text.replace(",", ".")
        num = re.search(r"\d+(?:\.(\d+))?", digits)
        tol = max(0.005, 0.005 + 0.5 * 10 ** -len(num.group(1) or "" if num else "") / 100)
        ok = abs(got - q.value) <= tol
        how = f"{ref.name} {a_val:g} B → {subject.name} {b_val:g} B: {got:.1%} {'larger' if larger else 'smaller'}"
        how += f"; stated {q.value:.1%}"
        verdict = Verdict.HOLDS if ok else Verdict.WRONG
        if not ok and _nf4_scales_hold(subject.name, a_val, q.value, tol, larger=larger):
            verdict, how = Verdict.HOLDS, how + _NF4_SCALES
        claim = make_claim(s.unit, q.start, q.end, "percent-reduction", verdict, how, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


_NF4_STORED_BITS = (4.127, 4.5)  # NF4's bits a weight with its block constants: double quantization, then without
_NF4_SCALES = " (NF4 with its block constants: 4.127 bits a weight with double quantization, 4.5 without)"


def _nf4_scales_hold(name: str, ref_bytes: float, stated: float, tol: float, *, larger: bool) -> bool:
    """A saving of NF4 against a wider type, at the bits NF4 really stores (4.127 with double quantization, 4.5
    without), not its nominal half byte: `NF4 with double quantization saves 74.2 % against fp16`."""
    if name != "nf4" or larger or not ref_bytes:
        return False
    high, low = (1 - bits / 8 / ref_bytes for bits in _NF4_STORED_BITS)
    return low - tol <= stated <= high + tol


# a further clause saying only a new target type and its percent, its source that of the first (`fp16 → int8 saves 50 %,
# and to int4 75 %`, `с fp16 на int8 — на 50 %, а с fp16 на int4 — на 25 %`): \x01 the new type, \x02 the first's source
_PARALLEL_CLAUSE = guarded(
    r"(?i)^[\s,;]*(?:(?:and|while|whereas|but|а|и|но|тогда\s+как)\s+)?(?:(?:the\s+)?(?:переход|going|moving|switching|converting)\s+)?"
    r"(?:(?:с|со|from)\s+\x02\s+)?(?:(?:на|в|to|into|→|->)\s*)?\x01\s*"
    r"(?:[—–:-]|saves?|cuts?|gives?|reduces?|сэкономит|экономит|даст|даёт|сократит|сокращает|уменьшит|уменьшает)?\s*"
    r"(?:(?:на|by)\s+)?(?:(?:about|roughly|около|примерно|~|≈)\s*)?$"
)
_CLAUSE_STOP = guarded(r"[,;]")
_PARALLEL_AFTER = guarded(r"(?i)\s*(?:$|[.,;)]|(?:меньше|less|smaller|памяти|of\s+(?:the\s+)?(?:memory|size))(?![\w-]))")


_OWN_SOURCE = guarded(
    r"(?i)\b(?:from|relative\s+to|compared\s+(?:to|with)|vs\.?|versus|over)\s+$|(?<!\w)(?:относительно|от|по\s+сравнению\s+с)\s+$"
)


def _parallel_percents(s: Sentence, after: int, source: DtypeMention, target: DtypeMention, taken: set[int]) -> list[Found]:
    """A further bare percent whose clause names only a new target type (and at most the first's source again): the
    same reduction from the first percent's source to it (the first held: its reading is the sentence's)."""
    text = s.unit.masked
    out: list[Found] = []
    for q in s.quantities:
        if q.kind != "percent" or q.start < after or q.hi is not None or q.bound or q.start in taken:
            continue
        lo = max(after, q.start - 80)
        begin = max([lo, *(b.end() for b in _CLAUSE_STOP.finditer(text, lo, q.start))])
        types = [d for d in in_range(s.dtypes, begin, q.start) if begin <= d.start and d.end <= q.start]
        new = [d for d in types if d.name not in (source.name, target.name)]
        if len(new) != 1 or len(types) - len(new) > 1 or any(d.name != source.name for d in types if d is not new[0]):
            continue
        if new[0].bytes >= source.bytes or not _PARALLEL_AFTER.match(text, q.end):
            continue
        if any(
            d.name != source.name and _OWN_SOURCE.search(text, max(after, d.start - 24), d.start)
            for d in in_range(s.dtypes, after, q.start)
        ):
            continue  # `…; from int8, int4 saves 50 %`: the clause names its own source type, another one
        clause = list(text[begin : q.start])
        for d in types:
            clause[d.start - begin : d.end - begin] = ["\x01" if d is new[0] else "\x02"] + [""] * (d.end - d.start - 1)
        if not _PARALLEL_CLAUSE.match("".join(clause)):
            continue
        got = 1 - new[0].bytes / source.bytes
        num = re.search(r"\d+(?:[.,](\d+))?", q.text)
        tol = max(0.005, 0.005 + 0.5 * 10 ** -len(num.group(1) or "" if num else "") / 100)
        ok = abs(got - q.value) <= tol
        how = f"{source.name} {source.bytes:g} B → {new[0].name} {new[0].bytes:g} B: {got:.1%} smaller; stated {q.value:.1%}"
        verdict = Verdict.HOLDS if ok else Verdict.WRONG
        if verdict is Verdict.WRONG and (new[0].gguf or source.gguf):
            verdict = Verdict.UNVERIFIABLE  # a llama.cpp file keeps some tensors wider: its share is its own
            how += " (a llama.cpp file type: some tensors are kept wider)"
        elif verdict is Verdict.WRONG and _nf4_scales_hold(new[0].name, source.bytes, q.value, tol, larger=False):
            verdict = Verdict.HOLDS
            how += _NF4_SCALES
        claim = make_claim(s.unit, q.start, q.end, "percent-reduction", verdict, how, stated=q.text)
        out.append(Found(claim, ((q.start, q.end),)))
    return out


# `56 % of the 24 GB card`, `25 % от 80 ГБ`: the whole a percent is of, right after it (two words at most between)
_OF_WHOLE = guarded(r"(?i)[^\S\n]*(?:of|от|из)[^\S\n]+(?:[^\W\d][\w'’-]*[^\S\n]+){0,2}$")
_OF_AFTER = guarded(r"(?i)[^\S\n]*(?:of|от|из)[^\S\n]")
# `20 GB out of 80 GB (25 %)`, `20 ГБ из 80 ГБ, то есть 25 %`: a part, its whole, then the percent
_OUT_OF = guarded(r"(?i)[^\S\n]*(?:out[^\S\n]+of|of|из)[^\S\n]+(?:the[^\S\n]+)?$")
_THEN_PERCENT = guarded(r"(?i)[^\S\n]*[,(—–:-]?[^\S\n]*(?:i\.\s?e\.,?|that\s+is|or|то\s+есть|т\.\s?е\.|или|это)?[^\S\n]*$")
# what is left of the whole, not the part: `leaves 44 % of the 24 GB card free`, `остаётся 44 %`
_REMAINDER = guarded(
    r"(?i)\bfree\b|\bleft\b|\bleav\w*|\bremain\w*|\bspare\b|headroom|свобод\w*|оста[её]т\w*|оставля\w*|запас\w*"
)
# a percent added on top of the part, not a share of the whole (`activations add 30 % of the 14 GB`)
_ADDED = guarded(
    r"(?i)\badd\w*|\bextra\b|\bon\s+top\b|\boverhead\b|\bplus\b|добав\w*|сверху|дополнительн\w*|накладн\w*|\bплюс\b"
)
_ABBREVIATIONS = guarded(r"(?i)\b(?:i\.\s?e|e\.\s?g|т\.\s?е)\.")
_PART_GAP_BREAK = guarded(r"[;.!?]|\b(?:and|while|whereas|but|а|но|тогда)\b")


# `75 % of 128 GB is 96 GB`, `75 % памяти: из 128 ГБ это 96 ГБ`: a percent, the whole it is of, then the part it gives
_PERCENT_OF = guarded(
    r"(?i)[^\S\n]*(?:[^\W\d][\w'’-]*[^\S\n]*){0,3}[:,—–-]?[^\S\n]*(?:of|от|из)[^\S\n]+(?:the[^\S\n]+)?(?:[^\W\d][\w'’-]*[^\S\n]+)?$"
)
_IS = guarded(
    r"(?i)[^\S\n]*[,:]?[^\S\n]*(?:(?:that|this|it)[^\S\n]+)?(?:(?:is|are|gives|makes|comes[^\S\n]+to|=|→|это|—|–|составля\w*|выходит)[^\S\n]*){1,2}"
    r"(?:(?:about|roughly|around|около|примерно)[^\S\n]*)?$"
)


def _percent_then_part(s: Sentence, p: Quantity, whole: Quantity, part: Quantity, other: list[bool]) -> Found | None:
    """The part a percent of a whole gives: `75 % of 128 GB is 96 GB` (p × whole)."""
    text = s.unit.masked
    if not other:  # searched once per sentence
        other.append(_ADDED.search(text, s.start, s.end) is not None or _REMAINDER.search(text, s.start, s.end) is not None)
    if other[0] or not whole.value:
        return None  # on top of the whole, or what is left of it: the part is not p × whole
    if part.binary != whole.binary or part.value >= whole.value:
        return None
    computed = p.value * whole.value
    check = compare(part, computed)
    why = f"{p.text} × {whole.text} = {fmt(computed, part.scale)}; {check.explanation}"
    verdict = check.verdict
    # the percent is rounded too (`33 %` of 24 GB is 8 GB), and a hedged one more so
    spread = (p.half_unit() * p.scale) * (10 if p.hedge else 1) * whole.value + part.half_unit() * part.scale
    if not verdict.holds and abs(part.value - computed) <= spread:
        verdict = Verdict.HOLDS_ROUNDING
    elif not verdict.holds and max(part.value, computed) < 1.15 * min(part.value, computed):
        verdict, why = Verdict.UNVERIFIABLE, f"{why}; close enough that the figures' rounding may explain it"
    if verdict is not check.verdict and verdict.holds:
        why = f"{why.split(': does not match')[0]} (the percent is rounded)"
    claim = make_claim(s.unit, part.start, part.end, "percent-of-size", verdict, why, stated=part.text)
    return Found(claim, ((part.start, part.end),))


# what a model's share of a memory may hold besides its weights: then the part is not the weights alone
_NOT_WEIGHTS_ALONE = guarded(
    r"(?i)\bKV\b|cache|кэш|кеш|context|контекст|activation|активац|batch|батч|optimi[sz]|оптимиз|\bAdam|train|обуч"
    r"|gradient|градиент|token|токен|LoRA|adapter|адаптер|overhead|накладн|runtime|framework|sequence|последовательн"
    # the weights split over devices: each holds a part
    r"|\beach\b|\bper\s+(?:GPU|card|device)|кажд\w*|на\s+(?:карту|GPU|устройство)|tensor|\bTP\b|\bPP\b|shard|шард|parallel|параллел|split|раздел"
    # a share of something else than the memory: bandwidth, compute, utilisation
    r"|bandwidth|\bMFU\b|utili[sz]|throughput|\bFLOP|compute|speed|latency|пропускн|загрузк|утилиз|скорост|вычисл"
)
# `of its memory`, `от памяти`: the whole named by a noun, its figure stated earlier in the sentence
_OF_MEMORY = guarded(
    r"(?i)[^\S\n]*(?:of|от)[^\S\n]+(?:(?:its|the|their|всей|его|её|их)[^\S\n]+)?(?:memory|VRAM|capacity|памяти|объ[её]ма)\b"
)


def _weights_share(s: Sentence) -> list[Found]:
    """`Llama-3-8B in bf16 fills 20 % of an 80 GB H100`, `(8 × 80 GB = 640 GB) holds Llama-3-70B in bf16
    using about 22 % of its memory`: the weights of the one catalogued model in the one type the sentence
    names (parameters × bytes, types of one byte or more: no scales) as a share of the one size the
    percent is of. A sentence that names a cache, context, activations, training or adapters: no claim."""
    text = s.unit.masked
    configs = {x.config.name: x.config for x in s.models if x.config is not None and s.start <= x.start < s.end}
    types = _distinct([d for d in in_range(s.dtypes, s.start, s.end) if s.start <= d.start and d.end <= s.end])
    if len(configs) != 1 or len(types) != 1 or types[0].gguf or types[0].bytes < 1 or any(x.config is None for x in s.models):
        return []
    if _NOT_WEIGHTS_ALONE.search(s.unit.text, s.start, s.end):
        return []
    if _REMAINDER.search(text, s.start, s.end) or _ADDED.search(text, s.start, s.end):
        return []
    sizes = [q for q in s.quantities if q.kind == "bytes" and q.hi is None and not q.bound]
    pcts = [q for q in s.quantities if q.kind == "percent" and q.hi is None and not q.bound]
    if len(pcts) != 1:
        return []
    p = pcts[0]
    after = [q for q in sizes if q.start >= p.end]
    before = [q for q in sizes if q.end <= p.start]
    # every size stated before the percent, those a product already checked too (`8 × 80 GB = 640 GB`)
    stated = [q for q in find_quantities(text[s.start : p.start]) if q.kind == "bytes" and q.hi is None and not q.bound]
    if len(after) == 1 and not before and _OF_WHOLE.match(text, p.end, after[0].start):
        whole = after[0]
    elif not after and stated and _OF_MEMORY.match(text, p.end) and stated[-1].value >= max(q.value for q in stated):
        whole = stated[-1]  # `(8 × 80 GB = 640 GB) … 22 % of its memory`: the last and largest size stated
    else:
        return []
    (config,) = configs.values()
    d = types[0]
    weights = float(count_parameters(config).total) * d.bytes
    if not whole.value or weights >= whole.value:
        return []
    share = weights / whole.value
    check = compare(p, share)
    how = f"{config.name} in {d.name}: {count_parameters(config).total / 1e9:.4g}B params × {d.bytes:g} B"
    how += f" = {weights / 1e9:.4g} GB"
    why = f"{how}; / {whole.text} = {share:.1%}; {check.explanation}"
    verdict = check.verdict
    if verdict is Verdict.WRONG and max(p.value / share, share / p.value) < 1.15:
        verdict, why = Verdict.UNVERIFIABLE, f"{why}; close enough that rounding or a GB/GiB reading may explain it"
    claim = make_claim(s.unit, p.start, p.end, "percent-of-size", verdict, why, stated=p.text)
    return [Found(claim, ((p.start, p.end),))]


# a percent said to be a share: `доля активных — 14 %`, `a 28 % active share`, `the active fraction is 28 %`
_SHARE_BEFORE = guarded(r"(?i)(?:\bshare|\bfraction|\bдол[яиюе]\b)[^\d;.]{0,25}$")
_SHARE_AFTER = guarded(r"(?i)\s*(?:[^\W\d][\w-]*\s+)?(?:share|fraction)\b")


def _share_of_two(s: Sentence) -> list[Found]:
    """`Всего 140,6 млрд параметров, активных 39 млрд; доля активных — 14 %`: a percent said to be a
    share, after exactly two counts (or two sizes) of one kind in the sentence: the smaller over the larger."""
    text = s.unit.masked
    out: list[Found] = []
    for p in (q for q in s.quantities if q.kind == "percent" and q.hi is None and not q.bound):
        if not (_SHARE_BEFORE.search(text, max(s.start, p.start - 40), p.start) or _SHARE_AFTER.match(text, p.end)):
            continue
        two = [q for q in s.quantities if q.end <= p.start and q.kind in ("count", "bytes") and q.hi is None and not q.bound]
        if len(two) != 2 or two[0].kind != two[1].kind or two[0].binary != two[1].binary:
            continue
        if _REMAINDER.search(text, s.start, s.end):
            continue
        part, whole = sorted(two, key=lambda q: q.value)
        if not part.value or part.value == whole.value:
            continue
        share = part.value / whole.value
        check = compare(p, share)
        verdict, why = check.verdict, f"{part.text} / {whole.text} = {share:.1%}; {check.explanation}"
        of_sum = part.value / (part.value + whole.value)  # `A has 80 GB and B 24 GB; B's share is 23 %`: of the two together
        if not verdict.holds and compare(p, of_sum).verdict.holds:
            verdict, why = Verdict.HOLDS, f"{part.text} / ({part.text} + {whole.text}) = {of_sum:.1%}; stated {p.text}"
        elif verdict is Verdict.WRONG and max(p.value / share, share / p.value) < 1.15:
            verdict, why = Verdict.UNVERIFIABLE, f"{why}; close enough that the figures' rounding may explain it"
        claim = make_claim(s.unit, p.start, p.end, "percent-of-size", verdict, why, stated=p.text)
        out.append(Found(claim, ((p.start, p.end),)))
    return out


def _percent_of_size(s: Sentence, kind: str = "bytes") -> list[Found]:
    """A percent of a size the sentence states, the part being the one other size said before it:
    `the weights take 13.5 GB, about 56 % of the 24 GB card`, `веса — 13,5 ГБ, 56 % от 24 ГБ`,
    `20 GB out of 80 GB (25 %)`. Two sizes before it, or none: which part is meant is not stated.
    With `kind` "count", the same of two counts (`38.6M, which is 31 % of its 124M parameters`)."""
    text = s.unit.masked
    sizes = [q for q in s.quantities if q.kind == kind and q.hi is None and not q.bound]
    if kind == "count" and any(q.kind == "percent" for q in s.quantities):
        # `256,000 × 2304 = 589.8M, i.e. 22.6 % of its 2.61B`: an expression's result is a part too (read from the line,
        # once per line: the expression's unit used it)
        sizes = [
            q
            for q in starting_in(find_quantities, s.start, s.end, text)
            if q.kind == kind and q.hi is None and not q.bound and q.end <= s.end
        ]
    ends = [q.end for q in sizes]  # in order: the sizes before a percent are found by bisection
    out: list[Found] = []
    other: list[bool] = []
    for p in (q for q in s.quantities if q.kind == "percent" and q.hi is None):
        k = bisect_right(ends, p.start)  # sizes[:k] end before the percent
        if (
            k + 1 < len(sizes)
            and _PERCENT_OF.match(text, p.end, sizes[k].start)
            and _IS.match(text, sizes[k].end, sizes[k + 1].start)
        ):
            found = _percent_then_part(s, p, sizes[k], sizes[k + 1], other)
            if found is not None:
                out.append(found)
            continue
        if p.bound:
            continue
        if k == 1 and k < len(sizes) and _OF_WHOLE.match(text, p.end, sizes[k].start):
            part, whole = sizes[0], sizes[k]
        elif k == 2 and _THEN_PERCENT.match(text, sizes[1].end, p.start) and _OUT_OF.match(text, sizes[0].end, sizes[1].start):
            part, whole = sizes[0], sizes[1]  # `part out of whole (P %)`
        else:
            continue  # no whole, or which size before it is the part is not stated
        gap = _ABBREVIATIONS.sub("", text[part.end : p.start])  # `, i.e. 95.6 %`: no sentence ends in `i.e.`
        if _PART_GAP_BREAK.search(gap) or _ADDED.search(gap) or not whole.value:
            continue
        if k == 1 and any(q.kind != "percent" for q in find_quantities(gap)):
            continue  # `the 8B draft in int8 — 8 GB, 6 % of the bf16 70B`: the figure right before the percent is its part
        share = part.value / whole.value
        if share >= 1:
            continue  # the same figure again, or a part larger than its whole: no share
        how = f"{part.text} / {whole.text} = {share:.1%}"
        if _REMAINDER.search(text, s.start, s.end):  # the percent may be of what is left: either reading, else unsure
            left = compare(p, 1 - share)
            verdict = left.verdict if left.verdict.holds else compare(p, share).verdict
            why = f"{how}, {1 - share:.1%} left; stated {p.text}"
            if not verdict.holds:
                verdict, why = Verdict.UNVERIFIABLE, f"{why}: whether it is the part or what is left is not certain"
        else:
            check = compare(p, share)
            verdict, why = check.verdict, f"{how}; {check.explanation}"
            # GB and GiB mixed: the printed figures give another share, which the note may have meant
            shares = [share, part.printed / whole.printed] if part.binary != whole.binary else [share]
            off = min(max(p.value / x, x / p.value) if p.value and x else math.inf for x in shares)
            if verdict is Verdict.WRONG and off < 1.15:
                verdict, why = Verdict.UNVERIFIABLE, f"{why}; close enough that the sizes' rounding or units may explain it"
            elif verdict.holds and len(shares) > 1 and not compare(p, shares[1]).verdict.holds:
                verdict, why = Verdict.UNVERIFIABLE, f"{why}; GB and GiB mixed: which share is meant is not certain"
        claim = make_claim(s.unit, p.start, p.end, "percent-of-size", verdict, why, stated=p.text)
        out.append(Found(claim, ((p.start, p.end),)))
    return out


# `33 % of the card`, `94 % потолка`, `50 % от памяти`: the noun that names the whole a percent is of
_OF_NAMED = guarded(
    r"(?i)[^\S\n]*(?:(?:of|от)[^\S\n]+(?:(?:the|its|their|this|that|всей|всего|этого|этой)[^\S\n]+)?(?P<n1>[^\W\d_][\w-]{2,})"
    r"|(?P<n2>[а-яё][а-яё-]{2,}))"
)
# a whole said as what a device holds: its memory, its card, its VRAM
_CAPACITY_NOUN = guarded(r"(?i)cards?|GPUs?|VRAM|HBM|memory|devices?|карт\w*|памят\w*|видеопамят\w*|устройств\w*")
# a figure labelled as the whole: `46068MiB total`, `всего 80 ГБ`, `capacity of 24 GB`
_TOTAL_LABEL = guarded(
    r"(?i)\btotal\b|\bin\s+all\b|\bcapacity\b|\bвсего\b|\bв\s+сумме\b|\bёмкост\w*|\bемкост\w*|\bобъ[её]м\w*"
)
_NAMED_KINDS = frozenset({"bytes", "throughput", "bandwidth", "time", "flop_rate", "flops", "tokens", "count"})
# between the part and its percent: a few words, no figure, no clause of its own
_PART_TO_PERCENT = guarded(r"[^\d;!?]{0,30}")


def _label_window(s: Sentence, every: list[Quantity], i: int) -> str:
    """The words around figure `every[i]` in its own clause (40 characters before it, 20 after), the
    figures either side cut off."""
    text = s.unit.masked
    q = every[i]
    lo = max(s.start, q.start - 40, every[i - 1].end if i > 0 else 0)
    cut = [
        j for j in (text.rfind(c, lo, q.start) for c in ";,") if j >= 0 and not (text[j] == "," and text[j + 1 : j + 2].isdigit())
    ]
    lo = max([lo, *(j + 1 for j in cut)])
    hi = min(s.end, q.end + 20, every[i + 1].start if i + 1 < len(every) else s.end)
    stops = [j for j in (text.find(c, q.end, hi) for c in ";,.") if j >= 0 and not text[j + 1 : j + 2].isdigit()]
    hi = min([hi, *stops])
    return f"{text[lo : q.start]} {text[q.end : hi]}"


def _names_whole(noun: str, window: str) -> bool:
    """The words around a figure name the whole a percent's noun names: the same word (its stem: `потолок`
    and `потолка`), or a capacity noun (`of the card`, `памяти`) for a figure labelled as the total."""
    stem = noun.lower()[: max(4, min(5, len(noun) - 2))]
    if re.search(rf"(?i)(?<!\w){re.escape(stem)}", window):
        return True
    return bool(_CAPACITY_NOUN.fullmatch(noun) and _TOTAL_LABEL.search(window))


def _percent_of_named_whole(s: Sentence) -> list[Found]:
    """`46068MiB total; the weights alone are 15,317 MiB, i.e. 33 % of the card`, `потолок — 41 ток/с;
    замеренные 38,2 ток/с — это 93 % потолка`: a percent of a whole its noun names, stated earlier in
    the sentence as a figure labelled by that noun (or as the total, for a card or its memory); the part
    is the figure of the same kind right before the percent. Any other whole, or two: no claim."""
    text = s.unit.masked
    out: list[Found] = []
    every: list[Quantity] = []  # the sentence's figures, those earlier shapes checked too (`24564 MiB total is 24 GB`)
    where: dict[int, int] = {}  # a figure's place in `every`
    figures: list[Quantity] = []  # those of a kind a whole may be of, and where they end
    ends: list[int] = []
    for p in (q for q in s.quantities if q.kind == "percent" and q.hi is None and not q.bound):
        named = _OF_NAMED.match(text, p.end, min(s.end, p.end + 60))
        if named is None:
            continue
        if not every:
            every = [replace(q, start=q.start + s.start, end=q.end + s.start) for q in find_quantities(text[s.start : s.end])]
            where = {id(x): i for i, x in enumerate(every)}
            figures = [q for q in every if q.kind in _NAMED_KINDS and q.hi is None and not q.bound]
            ends = [q.end for q in figures]
        before = figures[max(0, bisect_right(ends, p.start) - 12) : bisect_right(ends, p.start)]  # the nearest few
        if not before:
            continue
        noun = named.group("n1") or named.group("n2")
        part = before[-1]
        gap = text[part.end : p.start]
        if not _PART_TO_PERCENT.fullmatch(gap) or _PART_GAP_BREAK.search(_ABBREVIATIONS.sub("", gap)) or _ADDED.search(gap):
            continue
        wholes = [
            w
            for w in before[:-1]
            if w.kind == part.kind and w.value > 0 and _names_whole(noun, _label_window(s, every, where[id(w)]))
        ]
        # `24564 MiB total is 24 GB`: the whole restated in another unit is still one whole (the first said)
        if not wholes or any(max(w.value, wholes[0].value) > 1.15 * min(w.value, wholes[0].value) for w in wholes):
            continue
        whole = wholes[0]
        if part.value >= whole.value:
            continue
        share = part.value / whole.value
        how = f"{part.text} / {whole.text} = {share:.1%}"
        if _REMAINDER.search(text, s.start, s.end):  # the percent may be of what is left: either reading, else unsure
            left = compare(p, 1 - share)
            verdict = left.verdict if left.verdict.holds else compare(p, share).verdict
            why = f"{how}, {1 - share:.1%} left; stated {p.text}"
            if not verdict.holds:
                verdict, why = Verdict.UNVERIFIABLE, f"{why}: whether it is the part or what is left is not certain"
        else:
            check = compare(p, share)
            verdict, why = check.verdict, f"{how}; {check.explanation}"
            if verdict is Verdict.WRONG and max(p.value / share, share / p.value) < 1.15:
                verdict, why = Verdict.UNVERIFIABLE, f"{why}; close enough that the figures' rounding may explain it"
        claim = make_claim(s.unit, p.start, p.end, "percent-of-size", verdict, why, stated=p.text)
        out.append(Found(claim, ((p.start, p.end),)))
    return out


# a bare percent answering a question (`… how much smaller? :: 25 %`, `A: 50 %`): the sentence is the percent alone
_BARE_ANSWER = guarded(
    r"(?i)[\s>*_:-]*(?:(?:a|answer|о|ответ)\s*[:.—–-][\s*_]*)?(?:~|≈|about|around|roughly|exactly|около|примерно|ровно)?\s*"
    r"\d+(?:[.,]\d+)?\s*(?:%|percent\b|процент\w*)[\s*_.!]*"
)
_QUESTION_SMALLER = guarded(
    r"(?i)\bsmaller\b|\bless\b|\bsav\w*|\bcut\w*|\breduc\w*|\bshrink\w*|меньше|эконом\w*|сократ\w*|сокращ\w*|уменьш\w*"
)
_QUESTION_LARGER = guarded(r"(?i)\blarger\b|\bbigger\b|\bmore\b|\bgrow\w*|больше|увелич\w*|выраст\w*")


def _asked(s: Sentence, facts: NoteFacts, answer: int) -> str:
    """The question an answer starting at `answer` replies to: its line's text before it up to its `?`
    (`… get? :: 25 %`), else the line just above ending in `?`, else, under a lone `?` that parts a card's
    question from its answer, the nearest line above ending in `?` ("" when there is none)."""
    text = s.unit.text
    asked = text[line_start(text, answer) : answer]
    if "?" in asked:
        return asked[: asked.rindex("?") + 1]
    if asked.strip(" \n>*_-:") and not _ANSWER_LEAD.match(asked.lstrip("\n")):
        return ""
    lead = facts.lead_in.get(s.unit.line, "").strip()
    if lead.rstrip(" *_").endswith("?") and lead.strip(" *_?"):
        return lead
    if lead.strip(" *_") == "?":
        above = facts.lines_above.get(s.unit.line, ())
        return next((x for x in above[1:2] if x.rstrip(" *_").endswith("?")), "")
    return ""


# a factor said alone, answering a question: `В 7,7 раза.`, `About 4×.`, `Ответ: в 2 раза`
_BARE_FACTOR = guarded(
    r"(?i)[\s>*_:-]*(?:(?:a|answer|о|ответ)\s*[:.—–-][\s*_]*)?"
    r"(?:ровно|примерно|около|почти|приблизительно|exactly|about|around|roughly|nearly|~|≈)?\s*(?:в\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:×|x|х|times|раза?|раз)(?:\s+(?:больше|меньше|larger|smaller|more|less|bigger))?[\s*_.!]*"
)
# the comparative of a question, said before its models: `How many times larger is A than B?`
_COMPARATIVE_FIRST = guarded(r"(?i)(?:(?P<s>smaller|less|fewer|меньше)|(?P<l>larger|bigger|more|больше))[^?.;]{0,40}$")


def _answer_model_ratio(s: Sentence, m: re.Match[str], facts: NoteFacts) -> list[Found]:
    """`Во сколько раз Phi-4 больше Phi-3-mini по параметрам?` / `?` / `В 7,7 раза.`: a factor said alone
    answering a question that names two catalogued models with a comparative (`A больше B`, `larger is A
    than B`) and what they are compared by (KV per token, or the parameters with nothing else named)."""
    text = s.unit.masked
    mark = text.rfind("?", s.start, m.start())  # `… по параметрам? :: В 7,7 раза.` read as one sentence
    answer = mark + 1 if mark >= 0 else s.start
    if not _BARE_FACTOR.fullmatch(text, answer, s.end):
        return []
    n_text = m.group("n1") or m.group("n2") or m.group("n3")
    asked = _asked(s, facts, answer)
    if not n_text or not asked or _NOT_SIZE.search(asked) or _NOT_CACHE_BYTES.search(asked):
        return []
    models = find_mentions(asked)
    if len(models) != 2 or any(x.config is None for x in models):
        return []
    a, b = models
    assert a.config is not None and b.config is not None
    if a.config.name == b.config.name:
        return []
    comp = _COMPARATIVE_BETWEEN.fullmatch(asked, a.end, b.start)
    first = _COMPARATIVE_FIRST.search(asked, max(0, a.start - 45), a.start) if comp is None else None
    if comp is None and (first is None or not re.search(r"(?i)\bthan\b|\bчем\b", asked[a.end : b.start])):
        return []
    hit = comp or first
    larger = hit is not None and bool(hit.group("l"))
    if _CACHE_WORDS.search(asked) or _KV_PER_TOKEN.search(asked):
        if any(find_dtypes(asked)) or a.config.sliding_window or b.config.sliding_window:
            return []
        va, vb, name = float(kv_cache_bytes(a.config, 1)), float(kv_cache_bytes(b.config, 1)), "KV cache per token (2 B values)"
    elif _OTHER_QUANTITY.search(asked) or len(find_dtypes(asked)) > 1:
        return []
    elif _PARAM_COUNT_WORDS.search(asked) or _SIZE_RATIO_WORDS.search(asked):
        va, vb = float(count_parameters(a.config).total), float(count_parameters(b.config).total)
        name = "parameters"
    else:
        return []
    stated_n = _factor(s, n_text)
    ratio = va / vb if larger else vb / va
    ok = abs(ratio - stated_n) <= max(0.05 * stated_n, 0.05)
    hedged = _HEDGED_RATIO.search(text, max(s.start, m.start() - 20), m.start())
    if not ok and hedged and abs(ratio - stated_n) <= _hedge_tolerance(n_text):
        ok = True
    how = (
        f"{name} (the question's models): {a.text} {va:,.0f} vs {b.text} {vb:,.0f}: ratio {max(va, vb) / min(va, vb):.4g}, "
        f"{a.text} {'smaller' if va < vb else 'larger'}; stated {stated_n:g}× {'larger' if larger else 'smaller'}"
    )
    claim = make_claim(s.unit, m.start(), m.end(), "ratio", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=m.group(0))
    return [Found(claim, ((m.start(), m.end()),), (Fact("ratio", stated_n, stated_n, s.unit.line),))]


def _answer_percent(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`Going from bf16 to int8, how much smaller do the weights get? :: 25 %`, `Q: На сколько int8 меньше
    fp16?` / `A: 50 %`: a percent said alone after a question (on its line before it, else the line just
    above) that names two storage types and one direction (smaller or larger), and no speed, cost or
    other quantity: the change between the two types' bytes."""
    text = s.unit.masked
    pcts = [q for q in s.quantities if q.kind == "percent" and q.hi is None and not q.bound]
    if len(pcts) != 1:
        return []
    p = pcts[0]
    mark = text.rfind("?", s.start, p.start)  # `… get? :: 25 %` read as one sentence: the answer after the mark
    answer = mark + 1 if mark >= 0 else s.start
    if not _BARE_ANSWER.fullmatch(text, answer, s.end):
        return []
    asked = _asked(s, facts, answer)
    if not asked or _NOT_SIZE.search(asked) or (_OTHER_QUANTITY.search(asked) and not _SIZE_NOUN.search(asked)):
        return []
    smaller, larger = _QUESTION_SMALLER.search(asked) is not None, _QUESTION_LARGER.search(asked) is not None
    types = list(_line_types(asked).values())
    if smaller == larger or len(types) != 2 or types[0].bytes == types[1].bytes:
        return []
    big, small = sorted(types, key=lambda d: -d.bytes)
    got = big.bytes / small.bytes - 1 if larger else 1 - small.bytes / big.bytes
    digits = p.text.replace(",", ".")
    num = re.search(r"\d+(?:\.(\d+))?", digits)
    tol = max(0.005, 0.005 + 0.5 * 10 ** -len(num.group(1) or "" if num else "") / 100)
    ok = abs(got - p.value) <= tol
    what = "larger" if larger else "smaller"
    how = f"{big.name} {big.bytes:g} B vs {small.name} {small.bytes:g} B (the question's types): {got:.1%} {what}"
    how += f"; stated {p.value:.1%}"
    claim = make_claim(s.unit, p.start, p.end, "percent-reduction", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=p.text)
    return [Found(claim, ((p.start, p.end),))]


# between a factor or percent and the type of the weights it is of: `7× the Q4_K_M weights`, `6 % of the
# bf16 70B`, `в 3,5 раза больше весов Q4_K_M`, `25 % от весов в fp16`
_TO_WEIGHTS_TYPE = guarded(
    r"(?i)[^\S\n]*(?:(?:of|от)[^\S\n]+)?(?:(?:the|its|their)[^\S\n]+)?(?:(?P<w>весов|веса)(?:[^\S\n]+в)?[^\S\n]+)?"
)
_WEIGHTS_AFTER_TYPE = guarded(r"(?i)[^\S\n]+(?:weights?|весов|веса)\b")


def _against_weights(
    s: Sentence, facts: NoteFacts, start: int, end: int, stated: float, shown: str, *, percent: bool = False
) -> Found | None:
    """A size the sentence states against the weights of a model in the type named right after the
    factor or percent at [start, end): `at 128K the 8B cache is 16 GiB, about 7× the Q4_K_M weights`,
    `the draft in int8 — 8 GB, about 6 % of the bf16 70B`. The model is the one named (or called by a
    size) right after the type, else the one the sentence names, else its context's; the size is the
    last one right before the factor. Types under a byte that are no GGUF file (their scales vary): none."""
    text = s.unit.masked
    d = next((x for x in in_range(s.dtypes, end, min(s.end, end + 30)) if _TO_WEIGHTS_TYPE.fullmatch(text, end, x.start)), None)
    if d is None or (not d.gguf and d.bytes < 1):
        return None
    gap = _TO_WEIGHTS_TYPE.fullmatch(text, end, d.start)
    models = _pair_models(s, facts)
    right_after = next((x for x in models if d.end < x.start <= d.end + 2), None)
    if not (gap is not None and gap.group("w")) and right_after is None and not _WEIGHTS_AFTER_TYPE.match(text, d.end):
        return None  # `7× the Q4_K_M speed`: the type names no weights
    named = {x.config.name for x in models if x.config is not None}
    if (len(named) > 1 and right_after is None) or any(x.config is None for x in s.models if s.start <= x.start < s.end):
        return None
    model = right_after or (models[0] if models else context_model(s, facts))
    if model is None or model.config is None:
        return None
    sizes = [q for q in find_quantities(text[s.start : start]) if q.kind == "bytes" and q.hi is None and not q.bound]
    if not sizes:
        return None
    part = replace(sizes[-1], start=sizes[-1].start + s.start, end=sizes[-1].end + s.start)
    lead = text[part.end : start]
    if not _PART_TO_PERCENT.fullmatch(lead) or _PART_GAP_BREAK.search(_ABBREVIATIONS.sub("", lead)) or _ADDED.search(lead):
        return None
    if _per_of(text, part, s.start) or _NOT_SIZE.search(text, part.end, d.end):
        return None  # a size per token, or a speed or cost compared
    try:
        weights = gguf_bytes(model.config, d.name.upper()) if d.gguf else float(count_parameters(model.config).total) * d.bytes
    except KeyError:
        return None
    if not weights:
        return None
    got = part.value / weights
    how = f"{model.text} in {d.name}: {weights / 1e9:.4g} GB of weights; {part.text} / that = "
    if percent:
        digits = shown.replace(",", ".")
        num = re.search(r"\d+(?:\.(\d+))?", digits)
        tol = max(0.005, 0.005 + 0.5 * 10 ** -len(num.group(1) or "" if num else "") / 100)
        hedged = _HEDGED_RATIO.search(text, max(s.start, start - 20), start) is not None
        ok = abs(got - stated) <= (max(tol, 0.1 * stated) if hedged else tol)
        how += f"{got:.1%}; stated {stated:.1%}"
    else:
        ok = abs(got - stated) <= max(0.05 * stated, 0.05)
        hedged = _HEDGED_RATIO.search(text, max(s.start, start - 20), start) is not None
        if not ok and hedged and abs(got - stated) <= _hedge_tolerance(shown):
            ok = True
        how += f"{got:.4g}×; stated {stated:g}×"
    verdict = Verdict.HOLDS if ok else Verdict.WRONG
    if not ok and max(got / stated, stated / got) < 1.15:
        verdict, how = Verdict.UNVERIFIABLE, f"{how}; close enough that the figures' rounding may explain it"
    claim = make_claim(s.unit, start, end, "percent-of-size" if percent else "ratio", verdict, how, stated=text[start:end])
    return Found(claim, ((start, end),))


def _percent_of_weights(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`8 GB, about 6 % of the bf16 70B`, `3,4 ГБ — 25 % от весов в fp16`: a percent of a model's weights
    in the type named right after it (see `_against_weights`)."""
    pcts = [q for q in s.quantities if q.kind == "percent" and q.hi is None and not q.bound]
    if len(pcts) != 1:
        return []
    p = pcts[0]
    found = _against_weights(s, facts, p.start, p.end, p.value, p.text, percent=True)
    return [found] if found is not None else []


def _more_percents(s: Sentence, after: int) -> list[Found]:
    """`fp16 to int8 saves 50 %, and int4 saves 87.5 % against fp32`: each further percent of the
    sentence between its own subject type (named since the previous one) and the type its
    `against`/`than`/`compared with` names right after it; either missing, no claim."""
    out: list[Found] = []
    for m in _PERCENT_WORDS.finditer(s.unit.masked, after, s.end):
        found = _percent_against_type(s, m, after)
        after = m.end()
        if found is not None:
            out.append(found)
    return out


def _clause_start(s: Sentence, after: int, at: int) -> int:
    """Where the clause of a percent at `at` begins (after the last `,`/`;` since `after`); a percent
    set off on its own (`in int8 it is 69 GB, 50 % less than …`) belongs to the clause before it."""
    text = s.unit.masked
    begin = _after_break(text, after, at)
    if begin > after and not text[begin:at].strip():
        begin = _after_break(text, after, begin - 1)
    return begin


def _after_break(text: str, lo: int, hi: int) -> int:
    """Just after the last `,`/`;` in [lo, hi) that is no decimal comma (`6,5 ГБ`), else lo."""
    j = max(text.rfind(";", lo, hi), text.rfind(",", lo, hi))
    while j > lo and text[j] == "," and text[j - 1].isdigit() and text[j + 1 : j + 2].isdigit():
        j = max(text.rfind(";", lo, j), text.rfind(",", lo, j))
    return j + 1 if j >= lo else lo


_FROM_BEFORE = guarded(r"(?i)(?:\bfrom|(?<!\w)(?:с|со|из))\s+$")
_TO_BETWEEN = guarded(r"(?i)^\s*(?:to|into|→|->|на|в|до)\s+$")


def _from_to_types(text: str, begin: int, a: DtypeMention, b: DtypeMention) -> bool:
    """`from fp32 to fp16`, `с fp16 на int4`, `fp16 → int8`: the clause names the type it leaves, then the
    one it goes to (an arrow says the direction by itself)."""
    between = text[a.end : b.start]
    if _ARROW_BETWEEN.fullmatch(between):
        return True
    return bool(_FROM_BEFORE.search(text[max(begin, a.start - 12) : a.start]) and _TO_BETWEEN.match(between))


_ARROW_BETWEEN = guarded(r"[^\S\n]*(?:→|->|⟶)[^\S\n]*")


def _percent_against_type(s: Sentence, m: re.Match[str], after: int) -> Found | None:
    """One percent between its clause's subject type and the type named right after it (`than in bf16`)."""
    if _not_a_size_ratio(s, m):
        return None  # a percent of speed or cost, not of bytes
    text = s.unit.masked
    p_text = m.group("p") or m.group("p2") or m.group("p3") or m.group("p4") or m.group("p5")
    reach = min(s.end, m.end() + 120)  # its clause, read near it: linear over a long line
    named = _NAMED_REFERENT.match(text, m.end(), reach)  # `, чем в bf16`: the comma before `чем` ends no clause
    stops = [j for j in (text.find(c, named.end() if named else m.end(), reach) for c in ",;") if j >= 0]
    after = max(after, m.start() - 120)
    begin = _clause_start(s, after, m.start())
    before = _distinct([d for d in in_range(s.dtypes, begin, m.start()) if begin <= d.start and d.end <= m.start()])
    later = [d for d in in_range(s.dtypes, m.end(), min(stops) if stops else reach) if m.end() <= d.start]
    ref = next((d for d in later if _REFERENT_BEFORE_TYPE.match(text[m.end() : d.start])), None)
    if ref is None and len(before) == 2 and _from_to_types(text, begin, before[0], before[1]):
        ref, before = before[0], before[1:]  # `…; going from fp32 to fp16 saves 25 %`: the clause's own pair
    if len(before) != 1 or ref is None or before[0].name == ref.name or before[0].bytes == ref.bytes or not p_text:
        return None
    larger = bool(m.group("l") or m.group("p4") or m.group("l5"))
    a_val, b_val = _stated_bytes(s, ref), _stated_bytes(s, before[0])
    got = b_val / a_val - 1 if larger else 1 - b_val / a_val
    stated = float(p_text.replace(",", ".")) / 100
    digits = p_text.replace(",", ".")
    tol = max(0.005, 0.005 + 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0) / 100)
    ok = abs(got - stated) <= tol
    how = f"{ref.name} {a_val:g} B → {before[0].name} {b_val:g} B: {got:.1%} {'larger' if larger else 'smaller'}"
    how += f"; stated {stated:.1%}"
    if not ok and _nf4_scales_hold(before[0].name, a_val, stated, tol, larger=larger):
        ok, how = True, how + _NF4_SCALES
    claim = make_claim(
        s.unit, m.start(), m.end(), "percent-reduction", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=f"{p_text} %"
    )
    pq = next((q for q in s.quantities if q.kind == "percent" and m.start() <= q.start < m.end()), None)
    return Found(claim, ((pq.start, pq.end),) if pq else ((m.start(), m.end()),))


def _size_of_another_clause(s: Sentence, sizes: list[Quantity], m: re.Match[str]) -> bool:
    """`int4 is 34.5 GB, 75 % less than in bf16, and in int8 it is 69 GB`: the percent names the type
    it is relative to right after it, and the next size is past a clause break: that size is the
    next clause's, not the one the percent compares with."""
    text = s.unit.masked
    after = [q for q in sizes if q.start >= m.end()]
    if not after or not _CLAUSE_BREAK.search(text, m.end(), after[0].start):
        return False
    stop = min(after[0].start, m.end() + 120)
    return any(
        _REFERENT_BEFORE_TYPE.match(text[m.end() : d.start])
        for d in in_range(s.dtypes, m.end(), stop)
        if m.end() <= d.start < stop
    )


_CORRECTION = guarded(
    r"(?i)\b(?:one|two|three|four|five|six|eight|одн\w*|дв[еуа]\w*|тр[ие]\w*|четыр\w*)\b"
    r"|\bno\b|\bnot\b|\bactually\b|\brather\b|\binstead\b|\bнет\b|\bне\b|на самом деле|вернее|точнее|;"
)
_DTYPE_NAME = guarded(r"(?i)\b(?:bf|fp|int|float|nf|uint)\d+\b")


_OPERAND_END = guarded(r"(?:[×*·÷/+−-]|(?<![A-Za-z])x)\s*$")


def _conversion_pairs(s: Sentence) -> list[tuple[Quantity, Quantity]]:
    """(first, second) sizes next to each other; the second not yet used by an earlier shape, the
    first possibly the result of a chain (`… = 131,072 bytes (128 KiB)`)."""
    free = [q for q in s.quantities if q.kind == "bytes" and q.hi is None]
    if not free:
        return []
    text = s.unit.masked
    every = starting_in(single_sizes, s.start, s.end, text)
    starts = {q.start for q in free}
    return [
        (a, b) for a, b in pairwise(every) if b.start in starts and not _OPERAND_END.search(text[max(0, a.start - 4) : a.start])
    ]


_ALTERNATIVE = guarded(r"(?i)\bor\s+(?:the|a|an|its|their)\b|\bили\s+(?:же\s+)?(?:на|в|у|для)\b")


_EACH_PART = guarded(
    r"(?i)\beach\b|\bper\s+(?:card|GPU|device|node)\b|(?<!\w)кажд\w*|(?<!\w)на\s+(?:карту|GPU|устройство)(?!\w)"
)


# another part named between two sizes (`8 ГиБ кэша, вместе с весами в bf16 (16,06 ГБ)`): the second is that part's
_OTHER_PART = guarded(
    r"(?i)\bweights?\b|(?<!\w)вес(?:а|ов|ами)(?!\w)|\bactivations?\b|(?<!\w)активаци\w*|\bgradients?\b|(?<!\w)градиент\w*"
)
_QUOTES = frozenset({"«", "»", '"', "“", "”", "'"})
# a bare `is` between two sizes (no `which`, `=`, `это`): the same digits under two units say what a unit means
_BARE_IS = guarded(r"(?i)[\s`*_]*is\s+(?:~|≈|about\s+)?")


_LESS_AFTER = guarded(
    r"(?i)\s*(?:of\s+it\s+)?(?:free|left|usable|available|remaining|spare|after|once|свободн\w*|доступн\w*|оста\w*|после)\b"
)
_OTHER_PREFIX = {1e9: 2.0**30, 2.0**30: 1e9, 1e6: 2.0**20, 2.0**20: 1e6, 1e12: 2.0**40, 2.0**40: 1e12}
# what makes the second of two sizes in one unit the first restated (`141.1 GB, which is 131.4 GB in memory`, `то есть`)
_RESTATES = guarded(r"(?i)^[\s,]*(?:which\s+is|that\s+is|i\.\s?e\.|or|то\s+есть|т\.\s?е\.|это|или)[\s,]*(?:~|≈|about\s+)?$")


def _twin_in_the_other_prefix(s: Sentence, a: Quantity, b: Quantity) -> Found | None:
    """`141.1 GB, which is 131.4 GB in memory`: a size restated in the same unit with the digits of the other prefix's
    amount (GiB's here) is that amount mislabelled; None for any other pair."""
    other = _OTHER_PREFIX.get(a.scale)
    if other is None or a.hi is not None or b.hi is not None or a.printed == b.printed:
        return None
    if not _RESTATES.match(s.unit.masked[a.end : b.start]):
        return None
    if _PLUS_AFTER.match(s.unit.masked, b.end) or _LESS_AFTER.match(s.unit.masked, b.end):
        return None  # `16 GB, or 14.9 GB usable after the driver's reserve`: another amount, not the first restated
    digits = a.value / other
    if abs(b.printed - digits) > max(b.half_unit(), 0.002 * digits):
        return None
    how = f"{a.text} = {fmt(a.value, other)}; stated {b.text}: the {UNIT_NAMES[other]} amount labelled {UNIT_NAMES[a.scale]}"
    claim = make_claim(s.unit, a.start, b.end, "unit-conversion", Verdict.UNIT_CONFUSION, how, stated=b.text)
    return Found(claim, ((b.start, b.end),))


def conversions(s: Sentence, facts: NoteFacts) -> list[Found]:
    """Two sizes said to be the same amount in different units: `14.2 GB, which the driver shows as 13.2 GiB`,
    `131,072 bytes (128 KiB)`, `70,272 bytes per token in bf16, i.e. 68.6 KiB`."""
    out: list[Found] = []
    for a, b in _conversion_pairs(s):
        if not s.unit.owns(b.start):
            continue  # (a wrapped line's neighbour, read for context: the restated figure is judged on its own line)
        if near_hardware(s.unit.text, b) or near_hardware(s.unit.text, a):
            continue  # `2 × RTX 4090 по 24 ГБ (24 564 МиБ по nvidia-smi)`: a card's marketed GB is no exact amount
        if a.scale == b.scale and a.kind == b.kind == "bytes" and b.start - a.end <= 32:
            mislabelled = _twin_in_the_other_prefix(s, a, b)
            if mislabelled is not None:
                out.append(mislabelled)
            continue
        if (a.binary == b.binary and a.scale > 1 and b.scale > 1) or b.start - a.end > 32:
            continue
        gap = s.unit.masked[a.end : b.start]
        # `4 GiB, about 4.3 GB`: a hedged figure right after a comma restates the one before it
        same = _AND.fullmatch(gap) is not None and _SAME_AFTER.match(s.unit.masked, b.end) is not None
        restated = _EQUIVALENT.search(gap) or (b.hedge and not gap.strip(" ,")) or same
        if ")" in gap or _ALTERNATIVE.search(gap):
            continue  # `14 GB (13 GiB) or the 4 GB quant`: an aside closed, or another item offered
        if not restated or (_ANOTHER.search(gap) and not same) or _CORRECTION.search(gap):
            continue
        if _PLUS_AFTER.match(s.unit.masked, b.end):
            continue  # `16 GB, which nvidia-smi lists as 17 GiB once CUDA context is added`: a reading with more in it
        if _EACH_PART.search(gap) or _OTHER_PART.search(gap):
            continue  # `48 GB in total (each card shows 24 GiB)`: one part's size, not the total restated
        if a.printed == b.printed and _BARE_IS.fullmatch(gap):
            continue  # `` `Lsize=5612340kB` is 5,612,340 KiB ``: a unit's meaning explained, not an amount restated
        quoted = s.unit.masked[max(0, a.start - 1) : a.start] in _QUOTES and s.unit.masked[a.end : a.end + 1] in _QUOTES
        if quoted:
            continue  # `A100 «80GB» — это 80 ГиБ`: a product's name quoted, not an amount it restates
        if any(c.isdigit() for c in _DTYPE_NAME.sub("", gap)) or not 0.1 <= b.value / max(a.value, 1e-9) <= 10:
            continue  # figures a factor of ten apart are two amounts, not one restated
        # `70.6 GB = 65.7 GiB`, `≈ 8.5 GB (7.95 GiB)`: both figures are rounded; they agree when
        # the values each stands for overlap
        half_a = a.half_unit() * a.scale
        half_b = b.half_unit() * b.scale
        overlap = a.value - half_a <= b.value + half_b and b.value - half_b <= a.value + half_a
        if a.printed == b.printed and a.binary != b.binary:
            # `8 TB, which is 8 TiB`: the same digits under a decimal and a binary prefix are never one
            # amount twice rounded; the second is judged on the first's exact value
            overlap = False
        check = compare(b, a.value)
        if overlap and not check.verdict.holds:
            check = compare(b, b.value)
        claim = make_claim(
            s.unit,
            a.start,
            b.end,
            "unit-conversion",
            check.verdict,
            f"{a.text} = {fmt(a.value, b.scale)}; {check.explanation}",
            stated=b.text,
        )
        out.append(Found(claim, ((b.start, b.end),)))  # the first figure is still a claim of its own
    return out + _bare_restatements(s, {f.used[0][0] for f in out})


def _bare_restatements(s: Sentence, judged: set[int]) -> list[Found]:
    """A size restated as a bare number in a unit said right before the number (`671 ГБ, в ГиБ это ≈ 625`,
    `16.06 GB; in GiB it is 14.96`): the number is the size in that unit."""
    text = s.unit.masked
    out: list[Found] = []
    sizes = [q for q in starting_in(single_sizes, s.start, s.end, text) if q.end <= s.end]
    numbers = [q for q in s.quantities if q.kind == "number" and q.hi is None and q.start not in judged and q.value > 0]
    for n in numbers:
        before = [z for z in sizes if z.end <= n.start and n.start - z.end <= 40]
        if not before:
            continue
        a = before[-1]
        said = _IN_UNIT_BARE.search(text, a.end, n.start)
        if said is None or (said.start() != a.end and text[a.end : said.start()].strip()):
            continue
        word = said.group("u").lower()
        scale, binary = BYTE_UNITS.get(word) or next((v for k, v in _UNIT_WORDS.items() if word.startswith(k)), (0.0, False))
        if not scale or (binary == a.binary and scale == a.scale):
            continue  # (the same unit again: no restatement)
        b = replace(n, kind="bytes", unit=said.group("u"), scale=scale, binary=binary)
        if not 0.1 <= b.value / max(a.value, 1e-9) <= 10:
            continue
        check = compare(b, a.value)
        claim = make_claim(
            s.unit, a.start, n.end, "unit-conversion", check.verdict, f"{a.text} = {fmt(a.value, scale)}; {check.explanation}",
            stated=n.text,
        )
        out.append(Found(claim, ((n.start, n.end),)))
    return out


def multiplier_ranges(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`~3–5× larger` (text literals vs binary, checked against the note's code literals), a range
    applied to a size (`2–4× of 90 GB gives 22–45 GB`), or, alone, unverifiable."""
    unit, text = s.unit, s.unit.masked
    out: list[Found] = []
    for q in s.quantities:
        if q.kind != "multiplier" or q.hi is None:
            continue
        fact = (Fact("range", q.value, q.hi, unit.line),)
        sizes = _sizes(s)
        base = [z for z in sizes if z.hi is None]
        results = [z for z in sizes if z.hi is not None]
        if base and results:
            a, r = base[0], results[0]
            down = r.value < a.value
            lo, hi = (a.value / q.hi, a.value / q.value) if down else (a.value * q.value, a.value * q.hi)
            c_lo = compare(replace(r, hi_printed=None), lo)
            c_hi = compare(replace(r, printed=r.hi_printed or r.printed, hi_printed=None), hi)
            ok = c_lo.verdict.holds and c_hi.verdict.holds
            op = "/" if down else "×"
            how = f"{a.text} {op} ({q.text}) = {fmt(lo, r.scale)}–{fmt(hi, r.scale)}; stated {r.text}"
            claim = make_claim(
                unit,
                min(q.start, a.start),
                max(q.end, a.end, r.end),
                "range-product",
                Verdict.HOLDS if ok else Verdict.WRONG,
                how,
                stated=r.text,
            )
            out.append(Found(claim, ((q.start, q.end), (a.start, a.end), (r.start, r.end)), fact))
            continue
        ratio = facts.literal_ratio
        if ratio and _SERIAL.search(text, s.start, s.end):
            lo, hi = ratio
            ok = q.value - q.rounding() <= lo and hi <= q.hi + q.rounding()
            claim = make_claim(
                unit,
                q.start,
                q.end,
                "multiplier-range",
                Verdict.HOLDS if ok else Verdict.WRONG,
                f"text literals of the note's example take {lo:.1f}–{hi:.1f}× their fp16 bytes; stated {q.text}",
            )
        else:
            claim = make_claim(
                unit,
                q.start,
                q.end,
                "multiplier-range",
                Verdict.UNVERIFIABLE,
                f"{q.text}: nothing in the note to recompute it from",
            )
        out.append(Found(claim, ((q.start, q.end),), fact))
    return out


def restated_ratios(s: Sentence, facts: NoteFacts) -> list[Found]:
    """A lone large multiplier (`60,000x smaller`): it restates a ratio the note checks (before or
    after), or it is unverifiable."""
    out: list[Found] = []
    for q in s.quantities:
        if q.kind == "multiplier" and q.hi is None and q.value >= 100:
            out.append(Found(None, ((q.start, q.end),), (), _restated(s.unit, q)))
    return out


def _restated(unit: Unit, q: Quantity) -> Pending:
    def resolve(all_facts: tuple[Fact, ...], _: list[Claim]) -> Claim | None:
        ok = any(f.kind == "ratio" and abs(q.value - f.lo) <= q.rounding() for f in all_facts)
        return make_claim(
            unit,
            q.start,
            q.end,
            "ratio",
            Verdict.HOLDS if ok else Verdict.UNVERIFIABLE,
            f"{q.text} " + ("restates a ratio checked in the note" if ok else "is not computed anywhere in the note"),
        )

    return Pending(unit.line, q.start, resolve)


def restatements(s: Sentence, facts: NoteFacts) -> list[Found]:
    """Two sizes whose ratio is one the note checks elsewhere (`a 60 GB LLM … a ~1 MB idea`)."""
    sizes = _sizes(s)
    if (
        len(sizes) != 2
        or sizes[0].value == sizes[1].value
        or min(q.value for q in sizes) <= 0
        or any(q.kind == "multiplier" for q in s.quantities)
    ):
        return []
    big, small = max(sizes, key=lambda q: q.value), min(sizes, key=lambda q: q.value)
    unit = s.unit

    def resolve(all_facts: tuple[Fact, ...], _: list[Claim]) -> Claim | None:
        r = big.value / small.value
        if any(conflict(all_facts, unit.line, q.start) for q in sizes):
            return None  # a code size at odds with an earlier one: reported as such
        if any(f.kind == "ratio" and abs(r - f.lo) <= 0.1 * f.lo for f in all_facts):
            return make_claim(
                unit,
                sizes[0].start,
                sizes[1].end,
                "restatement",
                Verdict.HOLDS,
                f"{big.text} / {small.text} = {r:,.0f}: restates a ratio stated in the note",
            )
        return None

    return [Found(None, ((big.start, big.end), (small.start, small.end)), (), Pending(unit.line, sizes[0].start, resolve))]


# grouped-query or multi-query attention named as what shrinks the KV cache (against full multi-head)
_GROUPED_ATTENTION = guarded(r"(?i)\bGQA\b|grouped[\s-]+query|\bMQA\b|multi[\s-]+query|групп\w*\s+запрос\w*")
_MULTI_QUERY = guarded(r"(?i)\bMQA\b|multi[\s-]+query")
_CACHE_NOUN = guarded(r"(?i)\bKV\b|\bcache\b|кэш\w*|кеш\w*|per\s+token|на\s+токен")
_CUT_WORDS = guarded(
    r"(?i)\bcut\w*|\breduc\w*|\bsav\w*|\bshrink\w*|\bsmaller\b|\bless\b|\bfewer\b|\blower\w*"
    r"|сокращ\w*|сократ\w*|уменьш\w*|меньше|эконом\w*|сниж\w*"
)


def _cache_nouns(text: str) -> list[re.Match[str]]:
    return list(_CACHE_NOUN.finditer(text))


# a ratio relative to a cut already made (`a further 8×`, `another 8x`, `ещё в 8 раз`)
_FURTHER_BEFORE = guarded(r"(?i)(?:\bfurther|\banother|\badditional|ещё|\bеще|дополнительно)\s+(?:\w+\s+)?$")


# what a factor after an attention kind is against: `than MHA`, `чем с MHA`, or another model (`чем у Mistral`)
_THAN_WHAT = guarded(r"(?i)[^.;()]{0,24}?(?:\bthan|\bчем|\bvs\.?|\bversus)\s+(?:у\s+|the\s+|that\s+of\s+)?(?P<w>[^\s,.;:()]+)")
_ATTENTION_REFERENT = guarded(
    r"(?i)MHA|MQA|GQA|multi|full|standard|vanilla|plain|with|without|a\b|an\b|полн|многоголов|обычн|стандартн|с\b|со\b|при\b|без\b"
)


def attention_ratios(s: Sentence, facts: NoteFacts) -> list[Found]:
    """`GQA (8 KV heads of 32) cuts the Llama-3-8B cache 4×`, `GQA в Qwen2.5-72B сокращает кэш на 87,5 %
    относительно MHA, а MQA сократил бы его на 50 %`: grouped-query attention keeps kv_heads of the
    model's heads, so the cache is heads / kv_heads times smaller than with multi-head attention (a
    1 - kv_heads / heads saving); multi-query keeps one. Each ratio or percent is judged against the
    attention named nearest before it in the sentence, for the one catalogued model the sentence
    (else the line or section it belongs to) names."""
    text = s.unit.masked
    kinds = list(_GROUPED_ATTENTION.finditer(s.unit.text, s.start, s.end))
    if not kinds or last_before(_cache_nouns, s.end, s.unit.text) is None:
        return []  # the cache is named in the sentence or earlier on its line (`…; MQA would save 97 %`)
    named = {m.config.name: m for m in s.models if m.config is not None}
    if len(named) > 1:
        return []
    model = next(iter(named.values())) if named else context_model(s, facts)
    config = model.config if model is not None else None
    if config is None or config.q_lora_rank or config.kv_heads <= 0 or config.heads <= 0:
        return []
    out: list[Found] = []
    figures: list[tuple[int, int, float, str, bool]] = []  # start, end, stated, shown, percent
    for q in s.quantities:
        if q.hi is not None or q.bound:
            continue
        if q.kind == "multiplier" and not _DEVICE_AFTER.match(s.unit.text, q.end):
            figures.append((q.start, q.end, q.value, q.text, False))
        elif q.kind == "percent" and _CUT_WORDS.search(text, max(s.start, q.start - 60), min(s.end, q.end + 20)):
            figures.append((q.start, q.end, q.value, q.text, True))
    for m in RATIO_WORDS.finditer(text, s.start, s.end):
        n_text = m.group("n1") or m.group("n2") or m.group("n3")
        if n_text and not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, *_ in figures):
            figures.append((m.start(), m.end(), _number(n_text), m.group(0), False))
    for start, end, stated, shown, percent in sorted(figures):
        before = [k for k in kinds if k.end() <= start]
        if not before:
            continue
        other = _THAN_WHAT.match(s.unit.text, end, s.end)
        if other is not None and not _ATTENTION_REFERENT.match(other.group("w")):
            continue  # `в 16 раз меньше, чем у Mistral`: against another model's cache, not this one's MHA
        kv = 1 if _MULTI_QUERY.match(before[-1].group(0)) else config.kv_heads
        if kv >= config.heads:
            continue
        heads, than = config.heads, "multi-head attention"
        if _FURTHER_BEFORE.search(text, max(s.start, start - 30), start):
            # `MQA would cut it a further 8×`: relative to the grouped cache the model has, not to MHA
            if kv != 1 or config.kv_heads <= 1 or config.kv_heads >= config.heads:
                continue
            heads, than = config.kv_heads, f"grouped-query attention ({config.kv_heads} KV heads)"
        ratio = heads / kv
        how = f"{model.text if model else config.name}: {heads} {'KV ' if heads != config.heads else ''}heads / {kv} KV heads"
        if percent:
            computed = 1 - kv / heads
            ok = abs(stated - computed) <= 0.006
            how += f": the cache is {computed:.1%} smaller than with {than}; stated {shown}"
        else:
            ok = abs(ratio - stated) <= max(0.05 * stated, 0.05)
            how += f" = {ratio:g}× smaller cache than with {than}; stated {shown}"
        claim = make_claim(s.unit, start, end, "ratio", Verdict.HOLDS if ok else Verdict.WRONG, how, stated=shown)
        out.append(Found(claim, ((start, end),), (Fact("ratio", stated, stated, s.unit.line),) if not percent else ()))
    return out
