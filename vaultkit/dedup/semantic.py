"""Layer 3: paraphrases (and, with a multilingual model, translations) by sentence embeddings.

Notes are routed by script: the default model (all-MiniLM-L6-v2) is English-only: on Russian it
splits words into letters and unrelated Russian notes score 0.69–0.76 (research/dedup.md §2),
so notes it does not cover are left out and the run says so once. Long notes are cut into
chunks of whole paragraphs and the chunk vectors averaged (weighted by words), never truncated
at the model's 256 tokens. Vectors are cached by (content hash, model id); the model is loaded
(torch imported) only when some note has no cached vector.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultkit.dedup.options import DedupOptions
from vaultkit.dedup.search import choose_search, mutual_pairs
from vaultkit.dedup.text import LANGUAGE_NAMES
from vaultkit.store.vectors import VectorCache

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from vaultkit.dedup.backend import EmbeddingBackend

CHUNKING_VERSION = "1"


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
    pairs: list[tuple[int, int, float]]
    skipped: dict[str, int]
    message: str | None
    model_id: str
    embedded: int = 0
    cached: int = 0
    search: str = ""
    seconds: dict[str, float] = field(default_factory=dict)


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


def vector_key(paragraphs: Sequence[str], options: DedupOptions) -> bytes:
    basis = f"{CHUNKING_VERSION}\x1f{options.chunk_words}\x1f" + "\n\n".join(paragraphs)
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
    return f"semantic check skipped for {' and '.join(parts)}: model {model} {covers}; set dedup.model to a multilingual model"


def embed_notes(
    inputs: Sequence[SemanticInput],
    options: DedupOptions,
    *,
    cache_folder: Path | None,
    progress: bool,
    backend_factory: Callable[[str], EmbeddingBackend] | None = None,
) -> tuple[npt.NDArray[np.float32], str, int]:
    """Pooled, normalised vectors in the order of `inputs`; (vectors, model id, embedded count)."""
    import numpy as np

    from vaultkit.dedup.backend import load_backend, resolve_model

    factory = backend_factory or load_backend
    backend: EmbeddingBackend | None = None
    if backend_factory is None:
        model_id = resolve_model(options.model)[1]
    else:
        backend = factory(options.model)
        model_id = backend.model_id
    cache = VectorCache(cache_folder, model_id)
    keys = [x.key if x.key else vector_key(x.paragraphs, options) for x in inputs]
    found = cache.get_many(keys)
    missing = [(x, key) for x, key in zip(inputs, keys, strict=True) if key not in found]
    if missing:
        backend = backend or factory(options.model)
        texts: list[str] = []
        spans: list[tuple[int, int, list[int]]] = []
        for x, _ in missing:
            chunks = chunk_paragraphs(x.texts(), options.chunk_words) or [("", 1)]
            spans.append((len(texts), len(chunks), [w for _, w in chunks]))
            texts.extend(t for t, _ in chunks)
        chunk_vectors = backend.encode(texts, batch_size=options.batch_size, progress=progress)
        fresh: dict[bytes, Any] = {}
        for (_, key), (start, count, weights) in zip(missing, spans, strict=True):
            pooled = np.average(chunk_vectors[start : start + count], axis=0, weights=np.asarray(weights, dtype=np.float32))
            norm = float(np.linalg.norm(pooled))
            fresh[key] = (pooled / norm if norm else pooled).astype(np.float32)
        cache.put_many(fresh)
        cache.save()
        found.update(fresh)
    if not inputs:
        return np.empty((0, 0), dtype=np.float32), model_id, 0
    vectors = np.stack([np.asarray(found[key], dtype=np.float32) for key in keys])
    # float16 storage leaves norms a hair off 1; renormalise so cosines stay ≤ 1.
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return vectors, model_id, len(missing)


def find_semantic_pairs(
    inputs: Sequence[SemanticInput],
    options: DedupOptions,
    *,
    cache_folder: Path | None,
    progress: bool = False,
    backend_factory: Callable[[str], EmbeddingBackend] | None = None,
) -> SemanticOutcome:
    """Mutual k-nearest pairs with cosine ≥ options.semantic_threshold, among covered notes."""
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
    message = skipped_message(skipped, options.model, languages)
    seconds: dict[str, float] = {}
    if len(covered) < 2:
        return SemanticOutcome([], skipped, message, options.model, seconds=seconds)
    t0 = time.perf_counter()
    vectors, model_id, embedded = embed_notes(
        covered, options, cache_folder=cache_folder, progress=progress, backend_factory=backend_factory
    )
    t1 = time.perf_counter()
    search = choose_search(len(covered), options.exact_search_max)
    neighbours = search.neighbours(vectors, options.neighbours, options.semantic_threshold)
    pairs = [(covered[i].index, covered[j].index, s) for i, j, s in mutual_pairs(neighbours)]
    seconds.update(embed=t1 - t0, search=time.perf_counter() - t1)
    return SemanticOutcome(
        [(min(a, b), max(a, b), s) for a, b, s in pairs],
        skipped,
        message,
        model_id,
        embedded=embedded,
        cached=len(covered) - embedded,
        search=search.name,
        seconds=seconds,
    )
