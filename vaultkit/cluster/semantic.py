"""The semantic duplicate layer (VK504, VK505) on a Dask cluster: the same pairs as the local
engine's dedup.semantic.find_semantic_pairs, found without any one process holding every vector.

The local layer embeds one representative per distinct body (templates and unfilled template
instances left out), then reports mutual k-nearest neighbours among the notes of each language
(cosine ≥ the semantic floor) and mutual nearest neighbours across two languages (translations,
≥ the translation floor). Here:

1. note_records (map, per part of paths): each note parsed as the local engine parses it, one
   small record (path, body key, vector key, language, prose words) routed by its body key;
2. representatives (per key bucket): identical bodies meet, the first path is the
   representative, notes the model does not cover are counted for the "skipped" message;
3. embed_slice (EMBED_BATCH representatives a task): vectors from the vault's vector cache or
   embedded by a model loaded once per worker process (the default numpy USE backend, or the
   configured one); a task asks for the worker resource GPU=1 when the cluster declares one.
   Vectors stay on the workers;
4. stack: slices joined into search groups of about GROUP notes, sorted by path;
5. search_block (every query group × every data group): top_neighbours (dedup.search, the code
   of the local ExactSearch) of each query row among the data group's rows of its own language
   (k = neighbours) and of each other language (k = 1);
6. merge_query: each row's candidates from every data group merged by (cosine, then path), which
   is the local exact search's order, kept to the k best: that is the row's exact global answer;
   directed edges routed by pair;
7. mutual (per pair bucket): pairs found in both directions, scored as mutual_pairs and
   cross_pairs score them. The pairs join the exact and lexical candidate pairs in the connected
   groups cluster.work verifies, and each verification batch hands each of its groups its own
   pairs (dedup.semantic.GivenPairs; find_duplicates judges them instead of searching within
   the group). The driver holds handles only.

The vectors embedded now are written to the vault's vector cache once, by one task at the end.

What differs from the local engine: above `dedup.exact_search_max` notes (20,000) the local
layer searches with hnswlib, an approximate index (recall@10 0.999); this search stays exact at
every size, so on a vault that large a pair HNSW missed can be reported here and not locally.
Cosines are summed in float64 (search.products), so a note pair's cosine does not depend on
how the vectors were split, and equal cosines rank in path order on both sides.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from vaultkit.config import Config
from vaultkit.dedup.semantic import GivenPairs

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from vaultkit.dedup.backend import EmbeddingBackend
    from vaultkit.store.vectors import VectorCache

# Representatives embedded per task: a few minutes of one core with the USE backend on short
# notes, so progress is seen and a lost worker costs little.
EMBED_BATCH = 512
# Notes per search group: 8192 × 512 float32 is 16 MB moved per group; groups² search tasks.
GROUP = 8192
# Buckets of body keys (representatives) and of pairs (mutual check).
BUCKETS = 16


def _stable_bucket(key: str, buckets: int) -> int:
    from vaultkit.cluster.work import stable_bucket

    return stable_bucket(key, buckets)


@dataclass(frozen=True)
class Record:
    """One note for the semantic layer: what the local pipeline builds its SemanticInput from."""

    path: str
    key: str  # the body key (dedup features): identical bodies share it
    vector_key: bytes
    language: str
    words: int  # prose words


def semantic_enabled(config: Config) -> bool:
    """Whether the configuration asks for the semantic layer (VK504 or VK505 enabled)."""
    from vaultkit.rules import RULES

    return any(RULES[r].enabled(config) for r in ("VK504", "VK505") if r in RULES)


# --- 1. the map ------------------------------------------------------------------------------------


def note_records(
    root: str, paths: Sequence[str] | tuple[Sequence[str], Sequence[str]], config: Config, buckets: int
) -> dict[int, list[Record]]:
    """Records of the notes at `paths` (or a map part: (note paths, file paths)), by bucket of
    body key. Notes in a template folder and notes with no body key are left out, as the local
    pipeline leaves them out."""
    from vaultkit.dedup import pipeline
    from vaultkit.dedup.options import DedupOptions
    from vaultkit.engine.load import note_config, read_notes
    from vaultkit.engine.parse import parse_note_bounded

    if isinstance(paths, tuple) and len(paths) == 2 and not isinstance(paths[0], str):
        paths = paths[0]
    opts = DedupOptions.from_config(config)
    parse_config = note_config(config)
    notes = []
    for rel, data in read_notes(Path(root), cast(Sequence[str], paths)):
        if isinstance(data, bytes):
            note = parse_note_bounded(rel, data, parse_config).note
            if note is not None:
                notes.append(note)
    templates = pipeline._template_notes(notes, Path(root))
    out: dict[int, list[Record]] = defaultdict(list)
    for i, note in enumerate(notes):
        if i in templates:
            continue
        f = pipeline.features_for(note, opts)
        if f.key:
            record = Record(note.path, f.key, f.vector_key, f.language or f.script, f.prose_words)
            out[_stable_bucket(f.key, buckets)].append(record)
    return dict(out)


def pick(out: Mapping[int, list[Any]], bucket: int) -> list[Any]:
    return out.get(bucket, [])


# --- 2. representatives ----------------------------------------------------------------------------


@dataclass
class Reps:
    records: list[Record]  # covered representatives, by path
    skipped: dict[str, int]  # notes by language the model does not cover


def representatives(config: Config, parts: Sequence[Sequence[Record]], unfilled_parts: Sequence[Sequence[str]] | None) -> Reps:
    """The representative of each body key of this bucket (the first path; unfilled template
    instances are none), those the model covers, and how many notes it does not cover."""
    from vaultkit.dedup.options import DedupOptions

    opts = DedupOptions.from_config(config)
    languages = opts.languages
    unfilled = {p for part in unfilled_parts or () for p in part}
    groups: dict[str, list[Record]] = defaultdict(list)
    for part in parts:
        for r in part:
            if r.path not in unfilled:
                groups[r.key].append(r)
    covered: list[Record] = []
    skipped: dict[str, int] = defaultdict(int)
    for members in groups.values():
        rep = min(members, key=lambda r: r.path)
        if rep.words < opts.min_words or rep.language == "none":
            continue
        if "*" in languages or rep.language in languages:
            covered.append(rep)
        else:
            skipped[rep.language] += len(members)
    covered.sort(key=lambda r: r.path)
    return Reps(covered, dict(skipped))


def reps_count(reps: Reps) -> int:
    return len(reps.records)


def reps_skipped(reps: Reps) -> dict[str, int]:
    return reps.skipped


# --- 3. embedding ----------------------------------------------------------------------------------

# Per worker process: the embedding model (loaded once, kept between runs) and this run's vector
# cache (read once per run).
_WORKER: dict[str, Any] = {}
_LOCK = threading.Lock()


def _backend(spec: str) -> EmbeddingBackend:
    from vaultkit.dedup.backend import load_backend

    with _LOCK:
        backends = _WORKER.setdefault("backends", {})
        if spec not in backends:
            backend = load_backend(spec)
            load = getattr(backend, "load", None)
            if callable(load):
                load()
            backends[spec] = backend
        return backends[spec]  # type: ignore[no-any-return]


def _cache(folder: str, model_id: str, run: str) -> VectorCache:
    """The vector cache in `folder` for this run (read once per worker), or an empty one held in
    memory when `folder` is "" (--no-cache: nothing is read from or written to the vault)."""
    from vaultkit.store.vectors import VectorCache

    with _LOCK:
        if _WORKER.get("run") != (run, model_id):
            _WORKER.pop("cache", None)
            _WORKER["cache"] = VectorCache(Path(folder) if folder else None, model_id)
            _WORKER["run"] = (run, model_id)
        return _WORKER["cache"]  # type: ignore[no-any-return]


def _paragraphs(root: str, config: Config, path: str) -> tuple[str, ...]:
    """The note's paragraphs for embedding, read and parsed again (only for a vector the cache
    does not hold): the local engine's text.paragraphs of the repaired body."""
    from vaultkit.dedup import text
    from vaultkit.engine.load import note_config, read_note
    from vaultkit.engine.parse import parse_note_bounded

    data = read_note(Path(root), path)
    if not isinstance(data, bytes):
        return ()
    note = parse_note_bounded(path, data, note_config(config)).note
    return tuple(text.paragraphs(note.body)) if note is not None else ()


@dataclass
class Embedded:
    """One slice of representatives with their vectors (rows in the order of `paths`)."""

    paths: list[str]
    languages: list[str]
    vectors: npt.NDArray[np.float32]
    fresh: dict[bytes, Any] = field(default_factory=dict)  # embedded now, float16, for the cache
    used: list[bytes] = field(default_factory=list)  # cache keys read
    embedded: int = 0
    seconds: float = 0.0


def embed_slice(root: str, config: Config, run: str, reps: Reps, k: int, n: int, cache_folder: str = "") -> Embedded:
    """Vectors of slice k of n of a bucket's representatives: from the vault's vector cache, or
    embedded in batches (dedup.semantic.embed_with_cache, as the local engine embeds).
    `cache_folder` is the vector cache's folder as the driver resolved it (the vault's, or --cache-dir's), ""
    for none (--no-cache: nothing read or written)."""
    import numpy as np

    from vaultkit.dedup.backend import resolve_model
    from vaultkit.dedup.options import DedupOptions
    from vaultkit.dedup.semantic import SemanticInput, backend_spec, embed_with_cache

    t0 = time.perf_counter()
    opts = DedupOptions.from_config(config)
    spec = backend_spec(opts)
    total = len(reps.records)
    records = reps.records[k * total // n : (k + 1) * total // n]
    model_id = resolve_model(spec)[1]
    cache = _cache(cache_folder, model_id, run)
    inputs = [
        SemanticInput(
            k, (), r.language, r.words, key=r.vector_key,
            source=lambda path=r.path: _paragraphs(root, config, path),  # type: ignore[misc]
        )
        for k, r in enumerate(records)
    ]
    vectors, fresh, embedded = embed_with_cache(inputs, opts, cache, lambda: _backend(spec), spec=spec)
    keys = [x.key for x in inputs if x.key]
    return Embedded(
        [r.path for r in records],
        [r.language for r in records],
        vectors.astype(np.float32, copy=False),
        {k: v.astype(np.float16) for k, v in fresh.items()},
        [k for k in keys if k not in fresh],
        embedded,
        time.perf_counter() - t0,
    )


def embedded_stats(e: Embedded) -> tuple[int, int, float]:
    """(notes, embedded now, seconds) of a slice: what the driver reports as progress."""
    return len(e.paths), e.embedded, e.seconds


def cache_part(e: Embedded) -> tuple[dict[bytes, Any], list[bytes]]:
    return e.fresh, e.used


def save_vectors(folder: str, config: Config, parts: Sequence[tuple[Mapping[bytes, Any], Sequence[bytes]]]) -> int:
    """Write the vectors embedded in this run to the vector cache in `folder`, once (one writer: the
    cache is one file, rewritten whole). Returns how many were new."""
    from vaultkit.dedup.backend import resolve_model
    from vaultkit.dedup.options import DedupOptions
    from vaultkit.dedup.semantic import backend_spec
    from vaultkit.store.vectors import VectorCache

    fresh: dict[bytes, Any] = {}
    used: list[bytes] = []
    for new, read in parts:
        fresh.update(new)
        used.extend(read)
    if not fresh:
        return 0
    cache = VectorCache(Path(folder), resolve_model(backend_spec(DedupOptions.from_config(config)))[1])
    cache.get_many(used)  # kept when the file is pruned
    cache.put_many(fresh)
    cache.save()
    return len(fresh)


# --- 4. search groups ------------------------------------------------------------------------------


@dataclass
class Group:
    """Representatives of several slices, by path, with their vectors."""

    paths: list[str]
    languages: list[str]
    vectors: npt.NDArray[np.float32]

    def rows(self) -> dict[str, npt.NDArray[Any]]:
        """Row numbers by language, ascending (so by path)."""
        import numpy as np

        by: dict[str, list[int]] = defaultdict(list)
        for i, lang in enumerate(self.languages):
            by[lang].append(i)
        return {lang: np.asarray(rows, dtype=np.int64) for lang, rows in by.items()}


def stack(parts: Sequence[Embedded]) -> Group:
    import numpy as np

    paths = [p for e in parts for p in e.paths]
    languages = [x for e in parts for x in e.languages]
    nonempty = [e.vectors for e in parts if len(e.paths)]
    if not nonempty:
        return Group([], [], np.empty((0, 0), dtype=np.float32))
    vectors = np.concatenate(nonempty)
    order = sorted(range(len(paths)), key=paths.__getitem__)
    return Group([paths[i] for i in order], [languages[i] for i in order], np.ascontiguousarray(vectors[order]))


# --- 5. search -------------------------------------------------------------------------------------

# (query path, its language, data path, data language, cosine)
Candidate = tuple[str, str, str, str, float]


def search_block(config: Config, queries: Group, data: Group, same: bool) -> list[Candidate]:
    """Each query row's nearest rows of `data`: k = neighbours among its own language (cosine ≥
    the semantic floor; itself excluded when `same`, the two groups being one), k = 1 in each
    other language (≥ the translation floor)."""
    from vaultkit.dedup.options import DedupOptions
    from vaultkit.dedup.search import top_neighbours

    opts = DedupOptions.from_config(config)
    out: list[Candidate] = []
    if not queries.paths or not data.paths:
        return out
    q_rows, d_rows = queries.rows(), data.rows()
    for lq, rq in q_rows.items():
        q = queries.vectors[rq]
        for ld, rd in d_rows.items():
            if lq == ld:
                found = top_neighbours(q, data.vectors[rd], opts.neighbours, opts.semantic_floor, diagonal=0 if same else None)
            else:
                found = top_neighbours(q, data.vectors[rd], 1, opts.translation_floor)
            for i, j, s in found:
                out.append((queries.paths[int(rq[i])], lq, data.paths[int(rd[j])], ld, s))
    return out


# --- 6. merge per query group, 7. mutual pairs -----------------------------------------------------

# (from, to, cosine, translation?, from's language sorts first?)
Edge = tuple[str, str, float, bool, bool]


def merge_query(config: Config, parts: Sequence[Sequence[Candidate]], buckets: int) -> dict[int, list[Edge]]:
    """Each query row's global nearest: its candidates from every data group, best first and in
    path order among equal cosines (the local exact search's order), the k best of its own
    language and the best of each other language; routed by pair."""
    from vaultkit.dedup.options import DedupOptions

    opts = DedupOptions.from_config(config)
    by: dict[tuple[str, str, str], list[tuple[float, str]]] = defaultdict(list)
    languages: dict[str, str] = {}
    for part in parts:
        for qp, lq, dp, ld, s in part:
            by[(qp, lq, ld)].append((s, dp))
            languages[qp] = lq
    out: dict[int, list[Edge]] = defaultdict(list)
    for (qp, lq, ld), found in by.items():
        found.sort(key=lambda x: (-x[0], x[1]))
        cross = lq != ld
        for s, dp in found[: 1 if cross else opts.neighbours]:
            a, b = (qp, dp) if qp < dp else (dp, qp)
            out[_stable_bucket(f"{a}\x00{b}", buckets)].append((qp, dp, s, cross, lq < ld))
    return dict(out)


def mutual(parts: Sequence[Sequence[Edge]]) -> tuple[list[tuple[str, str, float]], list[tuple[str, str, float]]]:
    """(pairs, translations) of this pair bucket, each (first path, second path, cosine) with
    first < second: same-language pairs found both ways, scored by the mean of the two cosines
    (search.mutual_pairs); translations found both ways, scored from the side of the language
    that sorts first (search.cross_pairs' forward cosine)."""
    same: dict[tuple[str, str], float] = {}
    cross: dict[tuple[str, str], tuple[float, bool]] = {}
    for part in parts:
        for a, b, s, is_cross, first in part:
            if is_cross:
                cross[(a, b)] = (s, first)
            else:
                same[(a, b)] = s
    pairs = []
    for (a, b), s in same.items():
        if a < b and (b, a) in same:
            pairs.append((a, b, (s + same[(b, a)]) / 2))
    translations = []
    for (a, b), (s, first) in cross.items():
        back = cross.get((b, a))
        if a < b and back is not None:
            translations.append((a, b, s if first else back[0]))
    return sorted(pairs), sorted(translations)


# --- the driver's side -----------------------------------------------------------------------------


def skipped_message(config: Config, parts: Sequence[Mapping[str, int]]) -> str | None:
    """The run's "semantic check skipped for …" message (dedup.semantic.skipped_message), from
    the notes each bucket found in languages the model does not cover."""
    from vaultkit.dedup.options import DedupOptions
    from vaultkit.dedup.semantic import skipped_message as message

    opts = DedupOptions.from_config(config)
    skipped: dict[str, int] = defaultdict(int)
    for part in parts:
        for lang, n in part.items():
            skipped[lang] += n
    return message(dict(skipped), opts.model_name, opts.languages)


def skipped_findings(config: Config, message: str | None, saved: int = 0) -> list[Any]:
    """The run's one VK504 finding naming the notes the model does not cover (rules.dupes'
    check_semantic), when there are any. `saved` (the cache writer's count) only orders this
    task after the vector cache is written."""
    from vaultkit.cluster.work import keep
    from vaultkit.rules.dupes import DUPLICATE_SEMANTIC

    if not message:
        return []
    return keep([DUPLICATE_SEMANTIC.finding(".", 1, 1, message, key="skipped")], (), config)


PairsOut = tuple[list[tuple[str, str, float]], list[tuple[str, str, float]]]


def pair_keys(out: PairsOut) -> list[tuple[str, str]]:
    """The (a, b) of a bucket's pairs and translations: candidate pairs for the connected groups
    that cluster.work verifies."""
    return [(a, b) for a, b, _ in out[0]] + [(a, b) for a, b, _ in out[1]]


def given_pairs(parts: Sequence[PairsOut]) -> GivenPairs:
    """Every bucket's pairs, joined (on the worker that verifies a batch of groups)."""
    same = sorted(p for part in parts for p in part[0])
    cross = sorted(p for part in parts for p in part[1])
    return GivenPairs(tuple(same), tuple(cross))


def by_component(given: GivenPairs, groups: Sequence[Sequence[str]]) -> list[GivenPairs]:
    """Each group's pairs (both notes in the group), in the order of `groups`; one pass over the
    pairs (the groups are connected components, so a pair's two notes share one)."""
    owner = {p: k for k, g in enumerate(groups) for p in g}
    same: list[list[tuple[str, str, float]]] = [[] for _ in groups]
    cross: list[list[tuple[str, str, float]]] = [[] for _ in groups]
    for found, into in ((given.pairs, same), (given.translations, cross)):
        for a, b, s in found:
            k = owner.get(a)
            if k is not None and owner.get(b) == k:
                into[k].append((a, b, s))
    return [GivenPairs(tuple(x), tuple(y), None, given.model_id) for x, y in zip(same, cross, strict=True)]


@dataclass
class SemanticStats:
    notes: int = 0  # covered representatives
    embedded: int = 0
    slices: int = 0
    groups: int = 0
    pairs: int = 0
    translations: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _gpu_resources(client: Any) -> dict[str, float] | None:
    """{"GPU": 1} when some worker of the cluster declares a GPU resource (dask-worker
    --resources "GPU=1"), so each embedding task holds one; None on a CPU cluster."""
    try:
        workers = client.scheduler_info().get("workers", {})
    except Exception:  # noqa: BLE001 - no scheduler information: schedule without resources
        return None
    return {"GPU": 1} if any((w.get("resources") or {}).get("GPU") for w in workers.values()) else None


@dataclass
class Submitted:
    """Handles to a submitted semantic layer: what the driver passes on, never gathers."""

    pairs: list[Any]  # per pair bucket: PairsOut
    keys: list[Any]  # per pair bucket: pair_keys (candidate pairs for the connected groups)
    findings: Any  # the skipped-languages finding, after the vector cache is written
    embeds: list[Any]  # per embedding slice: embedded_stats
    message: Any  # the skipped-languages message


class SemanticRun:
    """The semantic layer of one cluster run. `add_part` for each map part (a list of note paths,
    or a handle to one) as the map is submitted; `submit` once the vault's unfilled template
    instances are known (handles, or None), which submits every step and waits for none; or
    `pairs`, which submits and gathers the pairs (benchmarks and tests). `notes` (the vault's
    note count) sizes the embedding slices and search groups."""

    def __init__(
        self, client: Any, root: str | Path, config: Config, config_future: Any = None, *, notes: int = 0,
        buckets: int = BUCKETS, batch: int = EMBED_BATCH, group: int = GROUP, use_cache: bool = True,
    ) -> None:
        self.client, self.root, self.config = client, str(root), config
        self.config_f = config_future if config_future is not None else client.scatter(config, broadcast=True, hash=False)
        self.buckets, self.batch, self.group, self.notes = buckets, batch, group, notes
        # The vector cache's folder, resolved here where --cache-dir was given (workers only see
        # this string: a shared path); "" without a cache (--no-cache, or an unsafe .vaultkit).
        from vaultkit.store.vectors import vectors_dir

        folder = vectors_dir(Path(root)) if use_cache else None
        self.vectors = str(folder) if folder is not None else ""
        self.maps: list[Any] = []
        self.run = uuid.uuid4().hex
        self.stats = SemanticStats()
        self.t0 = time.perf_counter()

    def add_part(self, part: Any) -> None:
        """`part`: note paths, or a handle to (note paths, file paths) (cluster.work.walk_part)."""
        self.maps.append(self.client.submit(note_records, self.root, part, self.config_f, self.buckets, pure=False))

    def submit(self, unfilled_parts: Sequence[Any] | None = None) -> Submitted:
        client, c, nb = self.client, self.config_f, self.buckets
        reps = []
        for b in range(nb):
            parts = [client.submit(pick, m, b, pure=False) for m in self.maps]
            reps.append(client.submit(representatives, c, parts, unfilled_parts, pure=False))
        self.maps = []
        message = client.submit(skipped_message, c, [client.submit(reps_skipped, r, pure=False) for r in reps], pure=False)
        # Slices of about `batch` representatives (a bucket's size is known only where it is).
        per_bucket = max(1, -(-self.notes // (nb * self.batch)))
        resources = _gpu_resources(client)
        slices = [
            client.submit(
                embed_slice, self.root, c, self.run, r, k, per_bucket, self.vectors, pure=False, resources=resources
            )
            for r in reps
            for k in range(per_bucket)
        ]
        del reps
        self.stats.slices = len(slices)
        # Ahead of the queued slices, so progress is seen as each slice is done, not at the end.
        embeds = [client.submit(embedded_stats, s, pure=False, priority=10) for s in slices]
        saved = (
            client.submit(save_vectors, self.vectors, c, [client.submit(cache_part, s, pure=False) for s in slices], pure=False)
            if self.vectors
            else 0
        )
        # Search groups: consecutive slices, about `group` notes each.
        per_group = max(1, self.group * len(slices) // max(1, self.notes))
        groups = [client.submit(stack, slices[i : i + per_group], pure=False) for i in range(0, len(slices), per_group)]
        del slices
        self.stats.groups = len(groups)
        merged = []
        for q, gq in enumerate(groups):
            found = [client.submit(search_block, c, gq, gs, q == s, pure=False) for s, gs in enumerate(groups)]
            merged.append(client.submit(merge_query, c, found, nb, pure=False))
        del groups
        pairs = [client.submit(mutual, [client.submit(pick, m, b, pure=False) for m in merged], pure=False) for b in range(nb)]
        keys = [client.submit(pair_keys, p, pure=False) for p in pairs]
        findings = client.submit(skipped_findings, c, message, saved, pure=False)
        return Submitted(pairs, keys, findings, embeds, message)

    def pairs(
        self, unfilled_parts: Sequence[Any] | None = None, on_progress: Callable[[int, bool, float], None] | None = None
    ) -> GivenPairs:
        """Submit, then gather the vault's pairs and translations, and the skipped-languages
        message. `on_progress(representatives embedded or read so far, all done?, seconds)` is
        called as each embedding task finishes."""
        dist = _distributed()
        done = self.submit(unfilled_parts)
        t = time.perf_counter()
        for finished, fut in enumerate(dist.as_completed(done.embeds), 1):
            n, embedded, _ = fut.result()
            self.stats.notes += n
            self.stats.embedded += embedded
            if on_progress is not None:
                on_progress(self.stats.notes, finished == len(done.embeds), time.perf_counter() - t)
        self.stats.seconds["embed"] = time.perf_counter() - t
        t = time.perf_counter()
        given = given_pairs(self.client.gather(done.pairs))
        done.findings.result()  # the vector cache is written
        self.stats.seconds["search"] = time.perf_counter() - t
        self.stats.pairs, self.stats.translations = len(given.pairs), len(given.translations)
        self.stats.seconds["total"] = time.perf_counter() - self.t0
        return GivenPairs(given.pairs, given.translations, done.message.result(), "")


def _distributed() -> Any:
    import importlib

    return importlib.import_module("distributed")
