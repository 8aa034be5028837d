"""Vector index sizes (§ embeddings): a flat index of N vectors of d dimensions takes N × d × the
bytes of one element — `For 50M docs of 1024-d in fp16 the flat index is 102.4 GB`, `Stored in
fp16 the index is 15.4 GB` under a line that says `10 million passages × 768 dims`, `binary codes
(1 bit per dimension) need 960 MB`, `96 bytes per vector, 0.96 GB in total`.

The count of vectors and their dimension come from the sentence, else from the nearest of the three
lines above it in its section that states both (a count followed by a word for vectors, documents or
passages, or the first factors of a product `N × d × b`). The element comes from the sentence only:
a storage type (fp32, fp16, int8, …), one bit per dimension (binary codes), or a number of bytes per
vector (product quantization). A size the sentence refers back to (`that 15.4 GB becomes …`) or says
per vector is not the index's. Without a count, a dimension or an element, no claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import SCALES, Quantity, find_quantities
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, found, in_range, line_names, make_claim
from vaultkit.claims.verdict import compare, fmt

_INDEX_WORDS = re.compile(
    r"(?i)\bindex\w*|\bembedding\w*|\bvectors?\b|индекс\w*|эмбеддинг\w*|вектор\w*|\bmatri(?:x|ces)\b|матриц\w*"
)
_SCALE = r"(?:\s*(?P<sc>million|billion|thousand|млн\.?|млрд\.?|тыс\.?|[MBk])(?![\w]))?"
_COUNT = r"(?P<n>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)" + _SCALE
_VECTORS = (
    r"(?:(?:[^\W\d][\w-]*|\d{2,5}-[^\W\d][\w-]*)\s+){0,2}?(?:vectors?|passages?|docs?|documents?|embeddings?|chunks?"
    r"|векторов|документов|пассажей|чанков|эмбеддингов)"
)
_DIM = r"(?P<d>\d{2,5})(?:[\s-]*(?:d\b|dims?\b|dimensions?\b|dimensional\b|измерени\w*|-мерн\w*|мерн\w*))"
# `50M docs`, `10 million passages` … and `1024-d`, `768 dims` anywhere in the same stretch
_COUNT_OF_VECTORS = re.compile(r"(?i)(?<![\w.,-])" + _COUNT + r"\s+" + _VECTORS + r"\b")
_DIMENSION = re.compile(
    r"(?i)(?<![\w.,-])" + _DIM + r"|\b(?:dim(?:ension)?s?|размерност\w*)\s*(?:of|=|:)?\s*(?P<d2>\d{2,5})(?![\d.,]\d)"
)
# `a 10M × 1536 float32 matrix`, `20M × 768 fp16 vectors`: a count × a dimension, then a type or the vectors
_PAIR = re.compile(
    r"(?i)(?<![\w.,-])" + _COUNT + r"\s*[×x*·]\s*(?P<d>\d{2,5})(?![\d.,]\d)(?!\s*[×x*·]\s*\d)"
    r"(?=\s+(?:(?:float|fp|bf|int)\d+\s+)?(?:matri(?:x|ces)|vectors?|embeddings?|матриц\w*|вектор\w*|эмбеддинг\w*))"
)
# `10,000,000 × 768 × 4`: a product whose first factors are the count and the dimension
_PRODUCT = re.compile(
    r"(?i)(?<![\w.,-])"
    + _COUNT
    + r"(?:\s+[^\W\d]+)?\s*[×x*·]\s*(?P<d>\d{2,5})(?:\s+[^\W\d]+)?\s*[×x*·]\s*(?:\d+(?:\.\d+)?)\s*(?:bytes?|B\b|байт\w*)?"
)
_ONE_BIT = re.compile(
    r"(?i)\b1[\s-]*bit\s+(?:per|/|a)\s*(?:dim\w*|component|element)|\bbinary\s+(?:codes?|embeddings?|vectors?|quanti\w*)|бинарн\w*|1\s*бит\w*\s+на\s+измерени\w*"
)
_BYTES_PER_VECTOR = re.compile(
    r"(?i)(?<![\w.,-])(?P<b>\d+(?:\.\d+)?)\s*(?:bytes?|B|байт\w*)\s+(?:per|/|a|на)\s*(?:vector|вектор\w*|code|код\w*)"
)
_REFERRED = re.compile(r"(?i)(?:\bthat|\bthis|\bthe\s+same|\bэт(?:и|от|а|у)|\bтот|\bте)\s*$")  # not `это` (`это 24,6 ГБ`: "is")
_PER_AFTER = re.compile(r"(?i)\s*(?:per|/|a|на)\s*(?:vector|вектор\w*|dim\w*|token|токен\w*|code)")
_ELEMENT_BYTES = {"fp32": 4.0, "fp16": 2.0, "bf16": 2.0, "int8": 1.0, "fp8": 1.0, "int4": 0.5}


def _count(m: re.Match[str]) -> float:
    raw = re.sub(r"[,\u00a0\u202f ](?=\d{3})", "", m.group("n")).replace(",", ".")
    scale = SCALES.get((m.group("sc") or "").lower().rstrip("."), 1.0) if m.group("sc") else 1.0
    if m.group("sc") in ("M", "B"):
        scale = {"M": 1e6, "B": 1e9}[m.group("sc")]
    return float(raw) * scale


@lru_cache(maxsize=256)
def _shape_of(text: str) -> tuple[float, int] | None:
    """The one count of vectors and dimension a stretch of text states, else None."""
    products = {(_count(m), int(m.group("d"))) for m in _PRODUCT.finditer(text) if _count(m) >= 1e4}
    products |= {(_count(m), int(m.group("d"))) for m in _PAIR.finditer(text) if _count(m) >= 1e4}
    counts = {_count(m) for m in _COUNT_OF_VECTORS.finditer(text) if _count(m) >= 1e4}
    dims = {int(m.group("d") or m.group("d2")) for m in _DIMENSION.finditer(text)}
    if len(products) == 1 and (not counts or counts == {next(iter(products))[0]}):
        return next(iter(products))
    if len(counts) == 1 and len(dims) == 1:
        return next(iter(counts)), next(iter(dims))
    return None


@lru_cache(maxsize=256)
def _partial_shape(text: str) -> tuple[frozenset[float], frozenset[int]]:
    """The counts of vectors and the dimensions a stretch of text states, complete or not."""
    counts = {_count(m) for m in _COUNT_OF_VECTORS.finditer(text) if _count(m) >= 1e4}
    dims = {int(m.group("d") or m.group("d2")) for m in _DIMENSION.finditer(text)}
    return frozenset(counts), frozenset(dims)


Element = tuple[str, float, bool]  # what, bytes, whether the bytes are one vector's


def _element(s: Sentence, a: int, b: int) -> tuple[Element | None, bool]:
    """What one element (or one vector, the flag set) of the index takes in bytes, from the text
    [a, b) of the sentence; and whether that text names any element at all."""
    text = s.unit.text[a:b]
    per_vector = {float(m.group("b")) for m in _BYTES_PER_VECTOR.finditer(text)}
    named = {d.name for d in in_range(s.dtypes, a, b)}
    one_bit = _ONE_BIT.search(text) is not None
    said = bool(per_vector or named or one_bit)
    if len(per_vector) == 1:
        b_ = next(iter(per_vector))
        return (f"{b_:g} bytes per vector", b_, True), said
    if per_vector:
        return None, said
    if one_bit:
        return ("1 bit per dimension", 1 / 8, False), said
    if len(named) == 1 and next(iter(named)) in _ELEMENT_BYTES:
        name = next(iter(named))
        return (name, _ELEMENT_BYTES[name], False), said
    return None, said


# a size of something else than the index, said after it (`plus 1.5 GB of raw text`, `the HNSW graph
# adds 0.5 GB`, `metadata takes …`)
_OTHER_THING = re.compile(
    r"(?i)\bplus\b|\badds?\b|\bon\s+top\b|\bextra\b|\boverhead\b|\bgraph\w*|\bHNSW\b|\braw\b|\btext\b|\bmetadata\b|\bids?\b"
    r"|плюс|добавля\w*|сверху|граф\w*|текст\w*|метаданн\w*"
)
_OTHER_AFTER = re.compile(
    r"(?i)\s*(?:of|for|для|на|под)\s+(?:the\s+)?(?:raw\b|text\b|metadata\b|ids?\b|graph|текст|метаданн|граф)"
)


def _states(line: str, q: Quantity) -> bool:
    """The line states the same size (value and unit)."""
    return any(x.kind == "bytes" and x.scale == q.scale and x.printed == q.printed for x in _sizes_in(line))


@lru_cache(maxsize=64)
def _sizes_in(line: str) -> tuple[Quantity, ...]:
    return tuple(find_quantities(line))


def index_sizes(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    named_index = _INDEX_WORDS.search(s.unit.text, s.start, s.end) is not None
    if not named_index and not (
        _ONE_BIT.search(s.unit.text, s.start, s.end) or _BYTES_PER_VECTOR.search(s.unit.text, s.start, s.end)
    ):
        # a sentence that names no index is one only when its element is a vector's (binary codes, bytes per vector),
        # or when it refers back to a size the line above says of an index (`With int8 that 15.4 GB becomes 7.68 GB`)
        above = facts.lines_above.get(s.unit.line, ())
        first = next((q for q in s.quantities if q.kind == "bytes"), None)
        if not (
            above
            and first is not None
            and line_names(_INDEX_WORDS, above[0])
            and _REFERRED.search(text, max(s.start, first.start - 14), first.start)
        ):
            return []
    sizes = [
        q for q in s.quantities if q.kind == "bytes" and q.hi is None and q.scale >= 1e6 and not _PER_AFTER.match(text, q.end)
    ]
    if not sizes:
        return []
    shape = _shape_of(s.unit.text[s.start : s.end])
    if shape is None:
        # the line above's vectors only where the sentence states none of its own that differ
        # (`1 млн векторов размерности 1536 …` under `10M vectors of 1024 dims …` is its own index)
        counts, dims = _partial_shape(s.unit.text[s.start : s.end])
        for line in facts.lines_above.get(s.unit.line, ()):
            shape = _shape_of(line)
            if shape is not None:
                break
        if shape is not None and ((counts and counts != {shape[0]}) or (dims and dims != {shape[1]})):
            return []
    if shape is None:
        return []
    n, d = shape
    whole, _ = _element(s, s.start, s.end)
    out: list[Found] = []
    prev: tuple[float, Element] | None = None  # the size judged before, with its element
    referred = 0  # how many sizes at the sentence's start refer back (`that 15.4 GB becomes …`)
    for i, q in enumerate(sizes):
        if _REFERRED.search(text, max(s.start, q.start - 14), q.start):
            referred += i == referred
            said_above = next((line for line in facts.lines_above.get(s.unit.line, ()) if _states(line, q)), None)
            said_before = any(x.scale == q.scale and x.printed == q.printed for x in sizes[:i])
            if said_above is not None or said_before:  # `that 15.4 GB`: the same figure stated above or before, restated
                how = f"{q.text.strip()} restates the size stated {'before' if said_before else 'above'}"
                out.append(found(make_claim(s.unit, q.start, q.end, "index-size", Verdict.HOLDS, how, stated=q.text), q))
            else:
                out.append(Found(None, ((q.start, q.end),)))  # a size named elsewhere: no figure of this sentence's index
            continue  # `that 15.4 GB becomes 7.68 GB`: a size named before
        # after a size referred back to, the element said before it is the new one (`With int8 that 15.4 GB becomes 7.68 GB`)
        a = s.start if i == referred else sizes[i - 1].end
        if i > referred and _REFERRED.search(text, max(s.start, sizes[i - 1].start - 14), sizes[i - 1].start):
            # `…; with int8 that 3.07 GB becomes 768 MB`: the element said before the size referred back to
            a = sizes[i - 2].end if i >= 2 else s.start
        i = i - referred
        # each figure takes the element named since the size before it (`fp16 … 15.4 GB; with PQ
        # at 64 bytes per vector it is 640 MB`), never a later one
        element, said = _element(s, a, q.start)
        if i and (_OTHER_THING.search(s.unit.text, a, q.start) or _OTHER_AFTER.match(s.unit.text, q.end)):
            continue  # `…, plus 1.5 GB of raw text`: a later size of something else
        if i and prev is not None and abs(q.value - prev[0]) <= 0.1 * prev[0] and not said:
            element = prev[1]  # `8.2 GB, i.e. 7.6 GiB`: the same size restated
        elif i and not (said or _INDEX_WORDS.search(s.unit.text, a, q.start)):
            continue  # a later size that names no index or element of its own
        elif not i and not said:
            element = whole  # `the index is 15.4 GB in fp16`: the one element of the sentence
        if element is None:
            continue
        what, nbytes, per_vector = element
        prev = (q.value, element)
        total = n * nbytes if per_vector else n * d * nbytes
        how = (
            f"{n:,.0f} vectors × {nbytes:g} B ({what})" if per_vector else f"{n:,.0f} vectors × {d} dims × {nbytes:g} B ({what})"
        )
        check = compare(q, total)
        claim = make_claim(
            s.unit,
            q.start,
            q.end,
            "index-size",
            check.verdict,
            f"{how} = {fmt(total, q.scale)}; {check.explanation}",
            stated=q.text,
        )
        out.append(found(claim, q))
    return out
