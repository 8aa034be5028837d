"""Layer 3: paraphrases and translations by sentence embeddings.

Notes are routed by language (text.detect_language): the default backend, the multilingual
Universal Sentence Encoder, judges every pair of notes with letters; a pair in two languages is a
translation, judged against its own, lower floor (cross-lingual cosines of a note and its
translation are lower than those of a copy). all-MiniLM-L6-v2 (sentence-transformers) is
English-only: on Russian it splits words into letters and unrelated Russian notes score
0.69–0.76 (research/dedup.md §2), German notes and their English originals score 0.49, so notes
a model does not cover are left out and the run says so once. Long notes are cut into
chunks of whole paragraphs and the chunk vectors averaged (weighted by words), never truncated
at the model's 256 tokens; a note of more than EMBED_CHUNKS chunks is embedded from EMBED_CHUNKS
windows spread evenly over it, first and last included (a note-level vector needs a sample of the
note, not all of it: benchmarks/RESULTS.md, issue 18, "bounded text"). Vectors are cached by
(content hash, model id); the model is loaded only when some note has no cached vector.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultkit.dedup.options import DedupOptions
from vaultkit.dedup.search import choose_search, cross_pairs, mutual_pairs
from vaultkit.dedup.text import LANGUAGE_NAMES
from vaultkit.store.vectors import VectorCache

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from vaultkit.dedup.backend import EmbeddingBackend

CHUNKING_VERSION = "2"  # 2: at most EMBED_CHUNKS chunks a note
# Chunks embedded per note at most (640 words at the default chunk_words). Long notes (651–913
# words) embedded from 2 windows of 160 words instead of all their chunks: cosine to the original
# of a 10 %-edited copy 0.989 -> 0.988, reordered 0.977 -> 0.964, section added 0.957 -> 0.909,
# paraphrase 0.936 -> 0.899, translation 0.817 -> 0.814, an unrelated same-topic note 0.684 -> 0.689
# (score_dedup.py --long); on 1,000 generated notes of ~1,200 words it halves the text embedded.
EMBED_CHUNKS = 4


@dataclass(frozen=True)
class SemanticInput:
    """One note for the semantic layer: its paragraphs, script and word count."""

    index: int
    paragraphs: tuple[str, ...]
    script: str
    words: int
    notes: int = 1  # how many notes have this exact text (identical copies are embedded once)
    # The cache key of the paragraphs when known (a note's cached features), and how to get the
    # paragraphs then: only a note whose vector is not cached is stripped again.
    key: bytes | None = None
    source: Callable[[], Sequence[str]] | None = None

    def texts(self) -> Sequence[str]:
        return self.source() if self.source is not None and not self.paragraphs else self.paragraphs


@dataclass(frozen=True)
class SemanticOutcome:
    pairs: list[tuple[int, int, float]]  # same language
    skipped: dict[str, int]
    message: str | None
    model_id: str
    embedded: int = 0
    cached: int = 0
    search: str = ""
    seconds: dict[str, float] = field(default_factory=dict)
    translations: list[tuple[int, int, float]] = field(default_factory=list)  # two languages


@dataclass(frozen=True)
class GivenPairs:
    """The semantic layer's answer for the whole vault, by path, computed elsewhere (the cluster
    engine's distributed search, vaultkit.cluster.semantic) and handed to find_duplicates on a
    group of notes, which then judges these pairs instead of searching neighbours within the
    group. Paths are those of the notes' representatives (one per distinct body), first < second."""

    pairs: tuple[tuple[str, str, float], ...] = ()  # same language
    translations: tuple[tuple[str, str, float], ...] = ()
    message: str | None = None
    model_id: str = ""

    def among(self, paths: Sequence[str] | set[str] | frozenset[str]) -> GivenPairs:
        """The pairs with both notes among `paths`."""
        inside = set(paths)
        return GivenPairs(
            tuple(p for p in self.pairs if p[0] in inside and p[1] in inside),
            tuple(p for p in self.translations if p[0] in inside and p[1] in inside),
            self.message,
            self.model_id,
        )


def chunk_paragraphs(paragraphs: Sequence[str], max_words: int) -> list[tuple[str, int]]:
    """(chunk text, word count): whole paragraphs packed up to max_words; longer ones split."""
    chunks: list[tuple[str, int]] = []
    current: list[str] = []
    count = 0
    for para in paragraphs:
        tokens = para.split()
        while len(tokens) > max_words:
            if current:
                chunks.append((" ".join(current), count))
                current, count = [], 0
            chunks.append((" ".join(tokens[:max_words]), max_words))
            tokens = tokens[max_words:]
        if not tokens:
            continue
        if count + len(tokens) > max_words and current:
            chunks.append((" ".join(current), count))
            current, count = [], 0
        current.append(" ".join(tokens))
        count += len(tokens)
    if current:
        chunks.append((" ".join(current), count))
    return chunks


def note_chunks(paragraphs: Sequence[str], chunk_words: int, most: int) -> list[tuple[str, int]]:
    """What is embedded of a note: its chunks (chunk_paragraphs) when there are at most `most`,
    else `most` windows of chunk_words words at evenly spaced places in the note's words, the first
    at its start and the last at its end. Places are fractions of the note's length, not chunk
    numbers: a copy with a few words changed shifts each window by a few words, while a chunk
    number can land on other paragraphs once one chunk more or less is packed."""
    chunks = chunk_paragraphs(paragraphs, chunk_words)
    if len(chunks) <= most:
        return chunks
    words = [word for para in paragraphs for word in para.split()]
    span = max(0, len(words) - chunk_words)
    starts = [round(i * span / (most - 1)) for i in range(most)] if most > 1 else [0]
    return [(" ".join(words[s : s + chunk_words]), len(words[s : s + chunk_words])) for s in starts]


def vector_key(paragraphs: Sequence[str], options: DedupOptions) -> bytes:
    basis = f"{CHUNKING_VERSION}\x1f{options.chunk_words}\x1f{EMBED_CHUNKS}\x1f" + "\n\n".join(paragraphs)
    return hashlib.blake2b(basis.encode("utf-8"), digest_size=16).digest()


def skipped_message(skipped: dict[str, int], model: str, languages: frozenset[str] = frozenset({"en"})) -> str | None:
    if not skipped:
        return None
    parts = [f"{n} {LANGUAGE_NAMES.get(code, code)} note{'s' if n != 1 else ''}" for code, n in sorted(skipped.items())]
    covers = (
        "is English-only"
        if languages == {"en"}
        else "covers only " + ", ".join(LANGUAGE_NAMES.get(code, code) for code in sorted(languages))
    )
    return (
        f"semantic check skipped for {' and '.join(parts)}: model {model} {covers}; "
        'set dedup.backend = "use" or dedup.model to a multilingual model'
    )


def backend_spec(options: DedupOptions) -> str:
    """The name the backend factory is given: the USE model, or the sentence-transformers model."""
    from vaultkit.dedup.backend import USE_NAME

    return USE_NAME if options.backend_name == "use" else options.model


def _encode_with_progress(
    backend: EmbeddingBackend, texts: list[str], options: DedupOptions, spec: str, progress: bool, *, notes: int
) -> npt.NDArray[np.float32]:
    """backend.encode over all texts, telling the user on stderr (when `progress`) that the model
    is loading and how far embedding has got: a tqdm bar over the chunks."""
    import sys

    import numpy as np

    if progress:
        print(f"vaultkit dupes: loading the embedding model {spec}…", file=sys.stderr, flush=True)
    load = getattr(backend, "load", None)
    if callable(load):
        load()
    if not texts:
        return np.empty((0, 0), dtype=np.float32)
    from tqdm import tqdm

    step = max(1, options.batch_size * 8)
    parts = []
    with tqdm(
        total=len(texts), desc=f"embedding {notes} note{'s' if notes != 1 else ''}", unit="chunk",
        file=sys.stderr, disable=not progress, leave=False, mininterval=0.5,
    ) as bar:
        for start in range(0, len(texts), step):
            batch = texts[start : start + step]
            parts.append(np.asarray(backend.encode(batch, batch_size=options.batch_size, progress=False), dtype=np.float32))
            bar.update(len(batch))
    return np.concatenate(parts)


def embed_notes(
    inputs: Sequence[SemanticInput],
    options: DedupOptions,
    *,
    cache_folder: Path | None,
    progress: bool,
    backend_factory: Callable[[str], EmbeddingBackend] | None = None,
) -> tuple[npt.NDArray[np.float32], str, int]:
    """Pooled, normalised vectors in the order of `inputs`; (vectors, model id, embedded count)."""
    from vaultkit.dedup.backend import load_backend, resolve_model

    factory = backend_factory or load_backend
    spec = backend_spec(options)
    backend: EmbeddingBackend | None = None
    if backend_factory is None:
        model_id = resolve_model(spec)[1]
    else:
        backend = factory(spec)
        model_id = backend.model_id
    cache = VectorCache(cache_folder, model_id)
    vectors, fresh, embedded = embed_with_cache(
        inputs, options, cache, lambda: backend or factory(spec), progress=progress, spec=spec
    )
    if fresh:
        cache.put_many(fresh)
        cache.save()
    return vectors, model_id, embedded


def embed_with_cache(
    inputs: Sequence[SemanticInput],
    options: DedupOptions,
    cache: VectorCache,
    backend: Callable[[], EmbeddingBackend],
    *,
    progress: bool = False,
    spec: str = "",
) -> tuple[npt.NDArray[np.float32], dict[bytes, Any], int]:
    """(vectors of `inputs`, rows in their order, renormalised float32; the vectors embedded now,
    by key, for the caller to put in the cache; how many inputs were embedded). Vectors found in
    `cache` are read from it, the others embedded with `backend()`, called only when one is
    missing. embed_notes is this with its cache saved at once; the cluster engine
    (vaultkit.cluster.semantic) calls it on each worker with a cache and a model loaded once
    there, and saves the cache once at the end."""
    import numpy as np

    keys = [x.key if x.key else vector_key(x.paragraphs, options) for x in inputs]
    found = cache.get_many(keys)
    fresh: dict[bytes, Any] = {}
    missing = [(x, key) for x, key in zip(inputs, keys, strict=True) if key not in found]
    if missing:
        texts: list[str] = []
        spans: list[tuple[int, int, list[int]]] = []
        for x, _ in missing:
            chunks = note_chunks(x.texts(), options.chunk_words, EMBED_CHUNKS) or [("", 1)]
            spans.append((len(texts), len(chunks), [w for _, w in chunks]))
            texts.extend(t for t, _ in chunks)
        chunk_vectors = _encode_with_progress(backend(), texts, options, spec, progress, notes=len(missing))
        for (_, key), (start, count, weights) in zip(missing, spans, strict=True):
            pooled = np.average(chunk_vectors[start : start + count], axis=0, weights=np.asarray(weights, dtype=np.float32))
            norm = float(np.linalg.norm(pooled))
            fresh[key] = (pooled / norm if norm else pooled).astype(np.float32)
        found.update(fresh)
    if not inputs:
        return np.empty((0, 0), dtype=np.float32), fresh, len(missing)
    vectors = np.stack([np.asarray(found[key], dtype=np.float32) for key in keys])
    # float16 storage leaves norms a hair off 1; renormalise so cosines stay ≤ 1.
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return vectors, fresh, len(missing)


def find_semantic_pairs(
    inputs: Sequence[SemanticInput],
    options: DedupOptions,
    *,
    cache_folder: Path | None,
    progress: bool = False,
    backend_factory: Callable[[str], EmbeddingBackend] | None = None,
) -> SemanticOutcome:
    """Mutual k-nearest pairs among covered notes: of one language with cosine ≥ the backend's
    semantic floor, of two languages (translations) with cosine ≥ its translation floor."""
    languages = options.languages
    covered: list[SemanticInput] = []
    skipped: dict[str, int] = {}
    for x in inputs:
        if x.words < options.min_words or x.script == "none":
            continue
        if "*" in languages or x.script in languages:
            covered.append(x)
        else:
            skipped[x.script] = skipped.get(x.script, 0) + x.notes
    message = skipped_message(skipped, options.model_name, languages)
    seconds: dict[str, float] = {}
    if len(covered) < 2:
        return SemanticOutcome([], skipped, message, options.model_name, seconds=seconds)
    t0 = time.perf_counter()
    vectors, model_id, embedded = embed_notes(
        covered, options, cache_folder=cache_folder, progress=progress, backend_factory=backend_factory
    )
    t1 = time.perf_counter()
    same_floor, cross_floor = options.semantic_floor, options.translation_floor
    search = choose_search(len(covered), options.exact_search_max)
    pairs: list[tuple[int, int, float]] = []
    translations: list[tuple[int, int, float]] = []
    # Copies and paraphrases: mutual nearest neighbours among the notes of one language, so a
    # note's translation is never crowded out of its neighbours by its own-language copies.
    groups: dict[str, list[int]] = {}
    for row, x in enumerate(covered):
        groups.setdefault(x.script, []).append(row)
    import numpy as np

    for rows in groups.values():
        if len(rows) < 2:
            continue
        for i, j, s in mutual_pairs(search.neighbours(vectors[rows], options.neighbours, same_floor)):
            a, b = covered[rows[i]].index, covered[rows[j]].index
            pairs.append((min(a, b), max(a, b), s))
    # Translations: mutual nearest neighbours across each two languages, the nearest only (k = 1):
    # with one Russian note among many English ones, every English note has that note among its
    # Russian neighbours, so only the best match on both sides is a translation (seed 001, the
    # one Russian note, is 0.69–0.70 from two English notes that are not its translation).
    names = sorted(groups)
    for m, first in enumerate(names):
        for second in names[m + 1 :]:
            ra, rb = np.asarray(groups[first]), np.asarray(groups[second])
            for i, j, s in cross_pairs(vectors[ra], vectors[rb], 1, cross_floor):
                a, b = covered[int(ra[i])].index, covered[int(rb[j])].index
                translations.append((min(a, b), max(a, b), s))
    seconds.update(embed=t1 - t0, search=time.perf_counter() - t1)
    return SemanticOutcome(
        pairs,
        skipped,
        message,
        model_id,
        embedded=embedded,
        cached=len(covered) - embedded,
        search=search.name,
        seconds=seconds,
        translations=translations,
    )
