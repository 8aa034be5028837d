"""Vector index sizes (§ embeddings): a flat index of N vectors of d dimensions takes N × d × the
bytes of one element — `For 50M docs of 1024-d in fp16 the flat index is 102.4 GB`, `Stored in
fp16 the index is 15.4 GB` under a line that says `10 million passages × 768 dims`, `binary codes
(1 bit per dimension) need 960 MB`, `96 bytes per vector, 0.96 GB in total`.

The count of vectors and their dimension come from the sentence, else from the nearest of the three
lines above it in its section that states both (a count followed by a word for vectors, documents or
passages, or the first factors of a product `N × d × b`). Else each input is read on its own: the
sentence's (a count of vectors or chunks; a dimension outright, else that of the embedding model it
names — `_EMBEDDERS`, `With int8 the MiniLM index …`), else the nearest context's — each line above,
then the section's setting lines and heading (`## Whole index, bge-m3 (28.8M vectors)`), then the
sections' above, the front matter last (only when read whole); a stretch that states two counts or
two dimensions ends the search. A product's result is the count (`2.4M documents × 12 chunks = 28.8M
chunks`); chunks come before documents, and a count of documents in a note that speaks of chunks is
no input. Inputs read that way are not used by a sentence that states another count of its own
(`2M images`, `a 100k-vector sample`) or names a model the table does not know.

The element comes from the sentence: a storage type (fp32, fp16, int8, …) named since the size before
or written right after the size (`44.2 GB in float32, 22.1 GB in float16`), one bit per dimension
(binary codes, a list's `binary:` label), or a number of bytes per vector (product quantization,
`1 KiB per vector`). A size the sentence refers back to (`that 15.4 GB becomes …`) is not the index's.
A sentence that names no index is one when it names a storage type and no weights, file, cache,
tokens, RAM or price, and either its section's heading names the index or its vectors (`- int8: 29.5
GB`), or it states a count of vectors with their dimension or model (`for 100M chunks with bge-m3 in
float32: …`). With inputs read around the sentence, a size of the graph, of RAM or beside the
weights is skipped. Without a count, a dimension or an element, no claim.

A size per vector (`1.5 KB per vector`, `A 1024-dim float32 vector is 4 KiB`, `1024 bytes per bge-m3
vector` for binary codes: 128) is the dimension × the element's bytes; under a line that names the
index in one type, a sentence that truncates the vectors (`Truncating to 256 dims gives 1 KiB per
vector`) keeps that type. A graph's, a payload's or product quantization's bytes per vector are not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vaultkit.claims.dtypes import find_dtypes
from vaultkit.claims.fastre import guarded
from vaultkit.claims.model import Verdict
from vaultkit.claims.quantities import SCALES, Quantity, find_quantities
from vaultkit.claims.shapes.base import Found, NoteFacts, Sentence, found, in_range, line_names, make_claim, starting_in
from vaultkit.claims.verdict import compare, fmt

_INDEX_WORDS = guarded(
    r"(?i)\bindex\w*|\bembedding\w*|\bvectors?\b|индекс\w*|эмбеддинг\w*|вектор\w*|\bmatri(?:x|ces)\b|матриц\w*"
)
_SCALE = r"(?:\s*(?P<sc>million|billion|thousand|млн\.?|млрд\.?|тыс\.?|[MBk])(?![\w]))?"
_COUNT = r"(?P<n>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)" + _SCALE
_VECTORS = (
    r"(?:(?:[^\W\d][\w-]*|\d{2,5}-[^\W\d][\w-]*)\s+){0,2}?(?P<w>vectors?|passages?|docs?|documents?|embeddings?|chunks?"
    r"|векторов|документов|пассажей|чанков|эмбеддингов)"
)
_DIM = r"(?P<d>\d{2,5})(?:[\s-]*(?:d\b|dims?\b|dimensions?\b|dimensional\b|измерени\w*|-мерн\w*|мерн\w*))"
# `50M docs`, `10 million passages` … and `1024-d`, `768 dims` anywhere in the same stretch
_COUNT_OF_VECTORS = guarded(r"(?i)(?<![\w.,-])" + _COUNT + r"\s+" + _VECTORS + r"\b")
_DIMENSION = guarded(
    r"(?i)(?<![\w.,-])" + _DIM + r"|\b(?:dim(?:ension)?s?|размерност\w*)\s*(?:of|=|:)?\s*(?P<d2>\d{2,5})(?![\d.,]\d)"
)
# `a 10M × 1536 float32 matrix`, `20M × 768 fp16 vectors`: a count × a dimension, then a type or the vectors
_PAIR = guarded(
    r"(?i)(?<![\w.,-])" + _COUNT + r"\s*[×x*·]\s*(?P<d>\d{2,5})(?![\d.,]\d)(?!\s*[×x*·]\s*\d)"
    r"(?=\s+(?:(?:float|fp|bf|int)\d+\s+)?(?:matri(?:x|ces)|vectors?|embeddings?|матриц\w*|вектор\w*|эмбеддинг\w*))"
)
# `10,000,000 × 768 × 4`: a product whose first factors are the count and the dimension
_PRODUCT = guarded(
    r"(?i)(?<![\w.,-])"
    + _COUNT
    + r"(?:\s+[^\W\d]+)?\s*[×x*·]\s*(?P<d>\d{2,5})(?:\s+[^\W\d]+)?\s*[×x*·]\s*(?:\d+(?:\.\d+)?)\s*(?:bytes?|B\b|байт\w*)?"
)
_ONE_BIT_SAID = (
    r"(?i)\b1[\s-]*bit\s+(?:per|/|a)\s*(?:dim\w*|component|element)|\bbinary\s+(?:codes?|embeddings?|vectors?|quanti\w*)"
    r"|бинарн\w*|1\s*бит\w*\s+на\s+измерени\w*"
)
_ONE_BIT_SAID_RX = guarded(_ONE_BIT_SAID)  # what makes a sentence an index's on its own
# as an element, also a list's label or the index's type (`- binary: 3.69 GB`, `the binary index`)
_ONE_BIT = guarded(_ONE_BIT_SAID + r"|\bbinary(?=\s*[:—–]|\s+index)")
# `96 bytes per vector`, `1 KiB per vector`, `1024 bytes per bge-m3 vector`, `128 байт на вектор`
_BYTES_PER_VECTOR = guarded(
    r"(?i)(?<![\w.,-])(?P<b>\d+(?:\.\d+)?)\s*(?P<u>bytes?|B|байт\w*|KiB|KB|КиБ|КБ)\s*(?:per|/|a|на)\s*(?:[\w.-]+\s+)?"
    r"(?:vector|вектор\w*|code|код\w*)\b"
)
_UNIT_BYTES = {"kib": 1024.0, "киб": 1024.0, "kb": 1000.0, "кб": 1000.0}
_REFERRED = guarded(r"(?i)(?:\bthat|\bthis|\bthe\s+same|\bэт(?:и|от|а|у)|\bтот|\bте)\s*$")  # not `это` (`это 24,6 ГБ`: "is")
_PER_AFTER = guarded(r"(?i)\s*(?:per|/|a|на)\s*(?:[\w.-]+\s+)?(?:vector|вектор\w*|dim\w*|token|токен\w*|code)")
_PER_VECTOR_WORDS = guarded(r"(?i)(?:per|/|на)\s*(?:[\w.-]+\s+)?(?:vector|вектор)")
_PER_VECTOR_AFTER = guarded(r"(?i)\s*(?:per|/|a|на)\s*(?:[\w.-]+\s+)?(?:vector|вектор\w*)\b(?!\s*(?:ids?\b|ид\w*))")
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


# ---- the inputs the note states around the sentence -------------------------------------------------
# The output dimension of common embedding models: a sentence that names the model states its dimension
# (`With int8 the MiniLM index …`, `for 100M chunks with bge-m3 in float32`).
_EMBEDDERS: tuple[tuple[str, int], ...] = (
    (r"bge-m3", 1024),
    (r"bge-large(?:-(?:en|zh))?(?:-v1\.5)?", 1024),
    (r"bge-base(?:-(?:en|zh))?(?:-v1\.5)?", 768),
    (r"bge-small(?:-(?:en|zh))?(?:-v1\.5)?", 384),
    (r"(?:all-|paraphrase-(?:multilingual-)?)?MiniLM(?:-L(?:6|12))?(?:-v2)?", 384),
    (r"all-mpnet-base-v2", 768),
    (r"text-embedding-3-large", 3072),
    (r"text-embedding-3-small", 1536),
    (r"text-embedding-ada-002", 1536),
    (r"(?:multilingual-)?e5-large(?:-v2|-instruct)?", 1024),
    (r"(?:multilingual-)?e5-base(?:-v2)?", 768),
    (r"(?:multilingual-)?e5-small(?:-v2)?", 384),
    (r"gte-large", 1024),
    (r"gte-base", 768),
    (r"gte-small", 384),
    (r"nomic-embed-text(?:-v1(?:\.5)?)?", 768),
    (r"embed-(?:english|multilingual)-v3(?:\.0)?", 1024),
    (r"jina-embeddings-v3", 1024),
    (r"jina-embeddings-v2-base(?:-(?:en|de|es|zh))?", 768),
)
_EMBEDDER = guarded(r"(?i)(?<![\w-])(?:" + "|".join(p for p, _ in _EMBEDDERS) + r")(?![\w-])")
_EMBEDDER_DIMS = tuple((guarded(r"(?i)" + p), d) for p, d in _EMBEDDERS)


def _embedder_dim(name: str) -> int:
    return next(d for rx, d in _EMBEDDER_DIMS if rx.fullmatch(name))


# a dimension of something else than the embeddings (`head dim 128`, `hidden dim 4096`)
_OTHER_DIM = guarded(r"(?i)(?:head|hidden|ffn|intermediate|model|kv|голов\w*|скрыт\w*)[\s_-]*$")
_FIELD_COUNT = guarded(
    r"(?i)^\s*(?:-\s+)?(?:\w+_)?(?P<w>chunks|vectors|documents|docs|passages|embeddings|чанков|векторов|документов"
    r"|пассажей|эмбеддингов)\s*::?\s*" + _COUNT + r"\s*$"
)
_FIELD_DIM = guarded(r"(?i)^\s*(?:-\s+)?(?:embedding|embed|emb|vector)_dim(?:ension)?s?\s*::?\s*(?P<d>\d{2,5})\s*$")
_DOC_WORDS = ("doc", "документ")
_CHUNK_WORDS = guarded(r"(?i)chunk|passage|чанк|фрагмент|пассаж")
_RESULT_BEFORE = guarded(r"(?:=|→|≈)\s*$")
_REACH = 2000  # how much of a line of context is read: a megabyte line stays linear
_HEADING = guarded(r"^\s*#{1,6}\s")


@lru_cache(maxsize=512)
def _stated(text: str) -> tuple[frozenset[float], bool, frozenset[int], frozenset[int]]:
    """What one stretch of text states of an index's inputs: the counts of vectors (a product's result
    before its factors, chunks or vectors before documents), whether those are documents, the dimensions
    it states outright (`768 dims`, `dim: 1024`, a product's factor) and those of the embedding models it names."""
    text = text[:_REACH]
    seen: list[tuple[float, bool, bool]] = []  # count, a count of documents, a product's result
    for m in _COUNT_OF_VECTORS.finditer(text):
        if _count(m) >= 1e4:
            doc = m.group("w").lower().startswith(_DOC_WORDS)
            seen.append((_count(m), doc, _RESULT_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None))
    field = _FIELD_COUNT.match(text)
    if field and _count(field) >= 1e4:
        seen.append((_count(field), field.group("w").lower().startswith(_DOC_WORDS), False))
    if any(r for _, _, r in seen):
        seen = [x for x in seen if x[2]]
    if any(not d for _, d, _ in seen):
        seen = [x for x in seen if not x[1]]
    counts = frozenset(c for c, _, _ in seen)
    docs = bool(seen) and all(d for _, d, _ in seen)
    dims = {
        int(m.group("d") or m.group("d2"))
        for m in _DIMENSION.finditer(text)
        if not _OTHER_DIM.search(text, max(0, m.start() - 14), m.start())
    }
    dims |= {int(m.group("d")) for m in _PRODUCT.finditer(text) if _count(m) >= 1e4}
    dims |= {int(m.group("d")) for m in _PAIR.finditer(text) if _count(m) >= 1e4}
    field = _FIELD_DIM.match(text)
    if field:
        dims.add(int(field.group("d")))
    models = frozenset(_embedder_dim(m.group(0)) for m in _EMBEDDER.finditer(text))
    return counts, docs, frozenset(dims), models


def _one_dim(dims: frozenset[int], models: frozenset[int]) -> tuple[int | None, bool]:
    """The one dimension a stretch states (outright, else by the model it names); and whether it states any."""
    said = dims or models
    return (next(iter(said)) if len(said) == 1 else None), bool(said)


@lru_cache(maxsize=256)
def _from_context(above: tuple[str, ...], ctx: tuple[str, ...]) -> tuple[float | None, bool, int | None, bool]:
    """The count of vectors and the dimension the lines around a sentence state, nearest first: each of
    the lines above it alone, then its section's setting lines with its heading, then the sections' above
    (the front matter last, read only when both of its `---` are in reach). A stretch that states two
    counts (or two dimensions) ends the search for that input: the nearer context is not clear. Returns
    the count, whether it counts documents, the dimension, and whether any line names chunks or passages."""
    groups: list[list[str]] = [[x] for x in above]
    current: list[str] = []
    for x in ctx:
        current.append(x)
        if _HEADING.match(x):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    n: float | None = None
    docs = False
    d: int | None = None
    n_done = d_done = False
    for group in groups:
        if sum(1 for x in group if x.strip() == "---") % 2:
            break  # the front matter cut by the reach: what it states is not known whole
        stated = [_stated(x) for x in group]
        counts = set().union(*(c for c, doc, _, _ in stated if not doc))
        doc_counts = not counts
        if doc_counts:
            counts = set().union(*(c for c, _, _, _ in stated))
        dims = set().union(*(ds for _, _, ds, _ in stated))
        models = set().union(*(ms for _, _, _, ms in stated))
        if not n_done and counts:
            n_done = True
            if len(counts) == 1:
                n, docs = next(iter(counts)), doc_counts
        if not d_done and (dims or models):
            d_done = True
            d, _ = _one_dim(frozenset(dims), frozenset(models))
        if n_done and d_done:
            break
    chunky = any(_CHUNK_WORDS.search(x[:_REACH]) for x in (*above, *ctx))
    return n, docs, d, chunky


def _context(s: Sentence, facts: NoteFacts) -> tuple[float | None, bool, int | None, bool]:
    return _from_context(facts.lines_above.get(s.unit.line, ()), facts.activation_context.get(s.unit.line, ()))


Element = tuple[str, float, bool]  # what, bytes, whether the bytes are one vector's


def _element(s: Sentence, a: int, b: int) -> tuple[Element | None, bool]:
    """What one element (or one vector, the flag set) of the index takes in bytes, from the text
    [a, b) of the sentence; and whether that text names any element at all."""
    text = s.unit.text[a:b]
    per_vector = {float(m.group("b")) * _UNIT_BYTES.get(m.group("u").lower(), 1.0) for m in _BYTES_PER_VECTOR.finditer(text)}
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
_OTHER_THING = guarded(
    r"(?i)\bplus\b|\badds?\b|\bon\s+top\b|\bextra\b|\boverhead\b|\bgraph\w*|\bHNSW\b|\braw\b|\btext\b(?!-)|\bmetadata\b|\bids?\b"
    r"|плюс|добавля\w*|сверху|граф\w*|текст\w*|метаданн\w*"
)
_OTHER_AFTER = guarded(
    r"(?i)\s*(?:of|for|для|на|под)\s+(?:the\s+)?(?:raw\b|text\b|metadata\b|ids?\b|graph|текст|метаданн|граф)"
)


def _states(line: str, q: Quantity) -> bool:
    """The line states the same size (value and unit)."""
    return any(x.kind == "bytes" and x.scale == q.scale and x.printed == q.printed for x in _sizes_in(line))


@lru_cache(maxsize=64)
def _sizes_in(line: str) -> tuple[Quantity, ...]:
    return tuple(find_quantities(line))


# words of what a size may be instead of an index: the model's weights or file, the KV cache, tokens, RAM, prices
_LOOKALIKE = guarded(
    r"(?i)\bweights?\b|\bparam\w*|\bcheckpoint\w*|\bmodel\b|\bfile\b|\bgguf\b|\bsafetensors\b|\bKV\b|\bcache\w*|\btokens?\b"
    r"|\bRAM\b|\bVRAM\b|\bprice\w*|\bcosts?\b|[$€₽]|\bembedder\w*|\bencoder\w*|\breranker\w*|\bgenerator\w*"
    r"|\bвес(?:а|ов)?\b|параметр\w*|чекпоинт\w*|\bмодел\w*|\bфайл\w*|кэш\w*|\bкеш\w*|токен\w*|\bОЗУ\b|памят\w*|\bцен[аыу]\b"
    r"|стоимост\w*|\bруб\w*|эмбеддер\w*|энкодер\w*|реранкер\w*|генератор\w*"
)
# a size of the memory that holds the index (`at least 110 GB of RAM is needed`), not the index's
_RAM_AFTER = guarded(r"(?i)\s*(?:of\s+(?:the\s+)?(?:V?RAM|memory|GPU)\b|(?:of\s+)?(?:ОЗУ|памяти|RAM)\b)")
_INDEX_HEADING = guarded(r"(?i)\bindex\w*|\bvectors?\b|индекс\w*|вектор\w*")
# `A 1024-dim float32 vector is 4 KiB`, `Один вектор bge-m3 — …`: the sentence is about one vector
_ONE_VECTOR = guarded(r"(?i)\b(?:a|one|each|single|один|одного|каждый)\s+(?:[\w.-]+\s+){0,3}?(?:vector|вектор)\b")
_FACTOR_BEFORE = guarded(r"[×x*·]\s*$")
_FACTOR_AFTER = guarded(r"\s*[×x*·=]")
# product quantization: its bytes per vector are its codes', not the dimension × an element (`96 sub-quantisers at 8 bits`)
_PQ = guarded(r"(?i)\bPQ\b|\bOPQ\b|product[\s-]+quanti\w*|sub-?quanti\w*|codebook\w*|субквантиз\w*|подквантиз\w*|кодбук\w*")
# what a vector carries besides its elements (`a payload of 1 KB per vector`, `256 bytes per vector for its links`)
_PER_VECTOR_OTHER = guarded(
    r"(?i)\bpayloads?\b|\bneighbou?rs?\b|\blinks?\b|\bedges?\b|\bnorms?\b|соседе\w*|связ\w*|нагрузк\w*|ребр\w*"
)
_TRAIL_WORD = guarded(r"(?i)[ \t]*(?:(?:in|as|в|во)\s+)?")
_TRAIL_BINARY = guarded(r"(?i)(?:binary|бинарн\w*)(?![\w-])")


def _trailing(s: Sentence, q: Quantity) -> tuple[Element, int] | None:
    """The element written right after a size (`22.1 GB in float16`, `118 GB float32 →`, `4 КиБ в fp32`), and where
    it ends: that size is in it, whatever was named before."""
    at = _TRAIL_WORD.match(s.unit.text, q.end, s.end)
    pos = at.end() if at else q.end
    named = in_range(s.dtypes, pos, pos + 1)
    if named and named[0].name in _ELEMENT_BYTES:
        return (named[0].name, _ELEMENT_BYTES[named[0].name], False), named[0].end
    m = _TRAIL_BINARY.match(s.unit.text, pos, s.end)
    if m:
        return ("1 bit per dimension", 1 / 8, False), m.end()
    return None


def _kinds(s: Sentence, a: int, b: int) -> set[tuple[str, float]]:
    """The element types (not a number of bytes per vector) the text [a, b) of the sentence names."""
    out = {(d.name, _ELEMENT_BYTES[d.name]) for d in in_range(s.dtypes, a, b) if d.name in _ELEMENT_BYTES}
    if _ONE_BIT.search(s.unit.text, a, b):
        out.add(("1 bit per dimension", 1 / 8))
    return out


def _inputs(s: Sentence, facts: NoteFacts) -> tuple[float, int, bool] | None:
    """The index's count of vectors and dimension, and whether one came from the note around the sentence:
    the sentence's own, else those of a line above that states both (when the sentence states no other),
    else each input on its own — the sentence's (a dimension outright, else its embedding model's), else
    the nearest context's. A count of documents where the note speaks of chunks is not the vectors'."""
    sent = s.unit.text[s.start : s.end]
    shape = _shape_of(sent)
    if shape is not None:
        return shape[0], shape[1], False
    counts, dims = _partial_shape(sent)
    s_counts, s_docs, s_dims, s_models = _stated(sent)
    above: tuple[float, int] | None = None
    for line in facts.lines_above.get(s.unit.line, ()):
        above = _shape_of(line)
        if above is not None:
            break
    if (
        above is not None
        and not ((counts and counts != {above[0]}) or (dims and dims != {above[1]}))
        and (dims or not s_models or s_models == {above[1]})
    ):
        return above[0], above[1], False
    n_ctx, docs_ctx, d_ctx, chunky = _context(s, facts)
    chunky = chunky or _CHUNK_WORDS.search(sent) is not None
    if s_counts:
        if len(s_counts) != 1 or (s_docs and chunky):
            return None
        n = next(iter(s_counts))
    elif n_ctx is None or (docs_ctx and chunky) or _other_count(s):
        return None  # `a prototype of 100k-vector …`, `2M images`: a count of its own, not the note's vectors
    else:
        n = n_ctx
    d, said = _one_dim(s_dims, s_models)
    if not said:
        if s.models:
            return None  # a model the table does not know (`bert-base …`): its dimension is not the note's
        d = d_ctx
    return None if d is None else (n, d, True)


# any count (`100k-vector sample`, `2M images`, `50 000 users`) but a dimension's or a size's
_ANY_COUNT = guarded(
    r"(?i)(?<![\w.,])"
    + _COUNT
    + r"(?![\s-]{0,3}(?:d\b|dim|измерен|мерн|bytes?\b|B\b|байт|[KMGTP]i?B\b|[КМГТП]и?Б))"
)


def _other_count(s: Sentence) -> bool:
    """Whether the sentence states a large count of something (`2M images`, `14.7 billion tokens`, `568M parameters`)."""
    return any(_count(m) >= 1e4 for m in _ANY_COUNT.finditer(s.unit.text, s.start, s.end)) or any(
        q.kind in ("count", "tokens") and q.value >= 1e4 for q in starting_in(_sizes_in, s.start, s.end, s.unit.text)
    )


def _gated(s: Sentence, facts: NoteFacts) -> bool:
    """A sentence that names no index is one when it names a storage type, no weights, cache, tokens or prices, and
    either its section's heading names the index or its vectors (`## Whole index` / `- int8: 29.5 GB`), or it states
    a count of vectors and their dimension or embedding model (`for 100M chunks with bge-m3 in float32: …`)."""
    if not _kinds(s, s.start, s.end) or _LOOKALIKE.search(s.unit.text, s.start, s.end):
        return False
    counts, _, dims, models = _stated(s.unit.text[s.start : s.end])
    if counts and (dims or models):
        return True
    heading = next((x for x in facts.activation_context.get(s.unit.line, ()) if _HEADING.match(x)), "")
    return _INDEX_HEADING.search(heading) is not None


def _dim_for(
    s: Sentence, facts: NoteFacts, a: int, b: int, sentence: tuple[frozenset[float], bool, frozenset[int], frozenset[int]]
) -> int | None:
    """The dimension of one vector whose size ends at b: the one the text since the size before names,
    else the sentence's one (`sentence`: what `_stated` reads in it), else the context's."""
    for _, _, dims, models in (_stated(s.unit.text[a:b]), sentence):
        d, said = _one_dim(dims, models)
        if said:
            return d
    return _context(s, facts)[2]


def _per_vector(s: Sentence, facts: NoteFacts) -> list[Found]:
    """Sizes of one vector (`1.5 KB per vector` in float16 for a 384-dim model, `A 1024-dim float32 vector is
    4 KiB`): the dimension × the bytes of one element; the element is the one named since the size before
    (or right after the size), else the sentence's one, else the one of an index the line above names.
    What the whole sentence says is read once; each size reads only the text since the size before it."""
    text = s.unit.text
    out: list[Found] = []
    one_at = _ONE_VECTOR.search(text, s.start, s.end)
    if not (one_at or _PER_VECTOR_WORDS.search(text, s.start, s.end)):
        return out
    if _PQ.search(text, s.start, s.end) or _PER_VECTOR_OTHER.search(text, s.start, s.end):
        return out  # product quantization's codes, a payload's or the graph's links: not the dimension × an element
    other_at = _OTHER_THING.search(text, s.start, s.end)
    sentence = _stated(text[s.start : s.end])
    edge = s.start  # where the text of the next size begins: after the size before and the element written after it
    free = {(q.start, q.end) for q in s.quantities}
    kinds_before: set[tuple[str, float]] = set()  # the element types named since the sentence's start
    for q in starting_in(_sizes_in, s.start, s.end, text):
        if q.kind != "bytes":
            continue
        a = edge
        here = _kinds(s, a, q.start)
        kinds_before |= here
        trail = _trailing(s, q)
        edge = trail[1] if trail else q.end
        if (q.start, q.end) not in free or q.hi is not None:
            continue
        per = _PER_VECTOR_AFTER.match(text, q.end) is not None
        one = q.scale < 1e6 and one_at is not None and one_at.end() <= q.start
        if not (per or one) or _FACTOR_BEFORE.search(text, max(s.start, q.start - 3), q.start):
            continue
        if _FACTOR_AFTER.match(text, q.end) or (other_at is not None and other_at.end() <= q.start):
            continue
        if _LOOKALIKE.search(text, a, q.start):
            continue
        element: tuple[str, float] | None = None
        if trail:
            element = trail[0][0], trail[0][1]
        elif here or kinds_before:
            x = here or kinds_before
            element = next(iter(x)) if len(x) == 1 else None
        elif per and sentence[2] and not _kinds(s, q.end, s.end):
            # `Truncating to 256 dims gives 1 KiB per vector` under `the float32 index is …`: the element of the
            # index the line above names, when this sentence names none and states its own dimension
            above = facts.lines_above.get(s.unit.line, ())
            named = _kinds_in(above[0]) if above and line_names(_INDEX_WORDS, above[0]) else set()
            element = next(iter(named)) if len(named) == 1 else None
        d = _dim_for(s, facts, a, q.start, sentence)
        if element is None or d is None:
            continue
        what, nbytes = element
        total = d * nbytes
        check = compare(q, total)
        shown = fmt(total, q.scale) + (" bytes" if q.scale == 1 else "")
        how = f"{d} dims × {nbytes:g} B ({what}) = {shown} per vector; {check.explanation}"
        out.append(found(make_claim(s.unit, q.start, q.end, "index-size", check.verdict, how, stated=q.text), q))
    return out


@lru_cache(maxsize=64)
def _kinds_in(line: str) -> set[tuple[str, float]]:
    """The element types a whole line names."""
    out = {(d.name, _ELEMENT_BYTES[d.name]) for d in find_dtypes(line) if d.name in _ELEMENT_BYTES}
    if _ONE_BIT.search(line):
        out.add(("1 bit per dimension", 1 / 8))
    return out


def index_sizes(s: Sentence, facts: NoteFacts) -> list[Found]:
    text = s.unit.masked
    named_index = _INDEX_WORDS.search(s.unit.text, s.start, s.end) is not None
    loose = False  # the sentence is an index's by the new readings: each size is read with care
    if not named_index and not (
        _ONE_BIT_SAID_RX.search(s.unit.text, s.start, s.end) or _BYTES_PER_VECTOR.search(s.unit.text, s.start, s.end)
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
            if first is None or not _gated(s, facts):
                return []
            loose = True
    out = _per_vector(s, facts)
    taken = {x.used for x in out}
    sizes = [
        q
        for q in s.quantities
        if q.kind == "bytes"
        and q.hi is None
        and q.scale >= 1e6
        and not _PER_AFTER.match(text, q.end)
        and ((q.start, q.end),) not in taken
    ]
    if not sizes:
        return out
    inputs = _inputs(s, facts)
    if inputs is None:
        return out
    n, d, from_context = inputs
    loose = loose or from_context
    whole, _ = _element(s, s.start, s.end)
    prev: tuple[float, Element] | None = None  # the size judged before, with its element
    trail_end = s.start  # where the element written after the size before ends (`22.1 GB in float16, …`)
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
        a = max(a, trail_end)
        # each figure takes the element named since the size before it (`fp16 … 15.4 GB; with PQ
        # at 64 bytes per vector it is 640 MB`), never a later one — but the one written right after it
        # (`44.2 GB in float32, 22.1 GB in float16`)
        trail = _trailing(s, q)
        trail_end = trail[1] if trail else q.end
        element, said = (trail[0], True) if trail else _element(s, a, q.start)
        if (i or loose) and (_OTHER_THING.search(s.unit.text, a, q.start) or _OTHER_AFTER.match(s.unit.text, q.end)):
            continue  # `…, plus 1.5 GB of raw text`: a later size of something else
        if loose and _LOOKALIKE.search(s.unit.text, a, q.start):
            continue  # `the model file is 2.2 GB`: inputs read around the sentence are not the weights' or the cache's
        restated = bool(i and prev is not None and abs(q.value - prev[0]) <= 0.1 * prev[0] and not said)
        if restated and prev is not None:
            element = prev[1]  # `8.2 GB, i.e. 7.6 GiB`: the same size restated
        elif i and not (said or _INDEX_WORDS.search(s.unit.text, a, q.start)):
            continue  # a later size that names no index or element of its own
        elif not i and not said:
            element = whole  # `the index is 15.4 GB in fp16`: the one element of the sentence
        if element is None:
            continue
        if loose and not restated and q.bound != "<" and _RAM_AFTER.match(s.unit.text, q.end):
            continue  # `at least 110 GB of RAM is needed`: the memory that holds it, not the index
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
