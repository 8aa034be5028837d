"""find_duplicates: the three layers, merged into pairs and clusters with what differs."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from vaultkit.config import Config
from vaultkit.dedup import exact, features, lexical, text
from vaultkit.dedup.differ import Difference, compare_notes, find_newer
from vaultkit.dedup.options import DedupOptions
from vaultkit.model import Note

if TYPE_CHECKING:
    from vaultkit.dedup.backend import EmbeddingBackend

Layer = Literal["exact", "lexical", "semantic"]
Kind = Literal["exact", "near", "contained", "semantic", "overlap"]
LAYERS: tuple[Layer, ...] = ("exact", "lexical", "semantic")
# Strongest first: when layers agree on a pair, the strongest kind names it.
KIND_ORDER: tuple[Kind, ...] = ("exact", "near", "contained", "semantic", "overlap")
FLAGGED: frozenset[Kind] = frozenset({"exact", "near", "contained", "semantic"})
# Differences are computed for at most this many pairs of one cluster.
MAX_CLUSTER_DIFFS = 50


@dataclass(frozen=True)
class DuplicatePair:
    """Two notes found alike. `a` is the original (the older note, or for `contained` the
    smaller note held inside `b`), `b` the copy. Scores a layer did not compute are None."""

    a: str
    b: str
    kind: Kind
    score: float
    jaccard: float | None = None
    containment: float | None = None
    cosine: float | None = None
    linked: bool = False  # one of the two links to the other
    difference: Difference | None = None

    @property
    def flagged(self) -> bool:
        return self.kind in FLAGGED

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "score": round(self.score, 4),
            "jaccard": None if self.jaccard is None else round(self.jaccard, 4),
            "containment": None if self.containment is None else round(self.containment, 4),
            "cosine": None if self.cosine is None else round(self.cosine, 4),
            "linked": self.linked,
            "difference": self.difference.to_dict() if self.difference else None,
        }


@dataclass(frozen=True)
class DuplicateCluster:
    """Three or more notes connected by flagged pairs, reported once."""

    paths: tuple[str, ...]
    pairs: tuple[DuplicatePair, ...]

    @property
    def kind(self) -> Kind:
        return min((p.kind for p in self.pairs), key=KIND_ORDER.index)

    def to_dict(self) -> dict[str, Any]:
        return {"paths": list(self.paths), "kind": self.kind, "pairs": [p.to_dict() for p in self.pairs]}


@dataclass(frozen=True)
class DedupResult:
    pairs: tuple[DuplicatePair, ...]  # outside clusters; includes unflagged `overlap` pairs
    clusters: tuple[DuplicateCluster, ...]
    skipped: str | None  # "semantic check skipped for …", once per run
    layers: tuple[Layer, ...]
    stats: Mapping[str, Any] = field(default_factory=dict)

    @property
    def flagged_pairs(self) -> tuple[DuplicatePair, ...]:
        return tuple(p for p in self.pairs if p.flagged)

    def all_pairs(self) -> tuple[DuplicatePair, ...]:
        return self.pairs + tuple(p for c in self.clusters for p in c.pairs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "layers": list(self.layers),
            "pairs": [p.to_dict() for p in self.pairs],
            "clusters": [c.to_dict() for c in self.clusters],
            "skipped": self.skipped,
            "stats": dict(self.stats),
        }


def pair_cache_name(options: DedupOptions) -> str:
    """The name under which a pair_cache for these options is kept (vaultkit.rules.dupes keeps
    it in the note cache): the shingle size and the way shingles are hashed decide the overlaps."""
    return f"dedup-pairs:{lexical.PAIR_CACHE_VERSION}:{options.shingle}"


def features_for(note: Note, options: DedupOptions) -> features.NoteFeatures:
    """The note's cached features when they were computed with these options, else fresh ones."""
    cached = note.dedup
    if isinstance(cached, features.NoteFeatures) and cached.matches(options) and _same_floor(cached, options):
        return cached
    return features.note_features(note.body, options)


def _same_floor(f: features.NoteFeatures, options: DedupOptions) -> bool:
    # Features below min_words carry no signature; a changed floor needs them recomputed.
    return bool(f.signature) == (f.words >= options.min_words)


@dataclass
class _Found:
    kind: Kind
    score: float
    jaccard: float | None = None
    containment: float | None = None
    cosine: float | None = None
    contained: int | None = None  # index of the smaller note, for `contained`


def find_duplicates(
    notes: Sequence[Note],
    config: Config | None = None,
    *,
    layers: Sequence[str] = LAYERS,
    root: Path | None = None,
    progress: bool = False,
    options: DedupOptions | None = None,
    backend_factory: Callable[[str], EmbeddingBackend] | None = None,
    pair_cache: MutableMapping[tuple[str, str], int] | None = None,
) -> DedupResult:
    """Find exact, edited and semantic duplicates among `notes` (their repaired bodies).

    `root` (the vault folder) enables the vector cache and git/mtime dates; `progress` shows a
    bar while embedding on a terminal. The semantic layer imports torch only when some note has
    no cached vector. `pair_cache` (kept under pair_cache_name) holds how many shingles two
    notes share, by the notes' exact keys, so a later run verifies only pairs with a changed
    note; it is updated in place: pairs verified now are added, pairs naming a note no longer
    among `notes` are removed.
    """
    unknown = set(layers) - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown layer(s) {', '.join(sorted(unknown))}; use {', '.join(LAYERS)}")
    opts = options or DedupOptions.from_config(config)
    stats: dict[str, Any] = {"notes": len(notes)}
    t0 = time.perf_counter()
    feats = [features_for(n, opts) for n in notes]
    # Identical bodies are compared once, through one representative.
    keys = [f.key for f in feats]
    representative: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key:
            representative.setdefault(key, i)
    reps = sorted(representative.values())
    found: dict[tuple[int, int], _Found] = {}
    if "exact" in layers:
        for group in exact.find_exact_groups(keys):
            for other in group[1:]:
                _merge(found, group[0], other, _Found("exact", 1.0, jaccard=1.0, containment=1.0))
    else:
        # Without the exact layer, identical notes still match in the layers that run, through
        # their representative, with a perfect score.
        copies = [(representative[k], i) for i, k in enumerate(keys) if k and representative[k] != i]
        for rep, other in copies:
            if "lexical" in layers and feats[rep].words >= opts.min_words:
                _merge(found, rep, other, _Found("near", 1.0, jaccard=1.0, containment=1.0))
            elif "semantic" in layers:
                _merge(found, rep, other, _Found("semantic", 1.0, cosine=1.0))
    stats["exact_s"] = time.perf_counter() - t0

    if "lexical" in layers:
        import numpy as np

        t1 = time.perf_counter()
        eligible = [i for i in reps if feats[i].words >= opts.min_words]
        signatures = np.frombuffer(b"".join(feats[i].signature for i in eligible), dtype=np.uint32)
        signatures = signatures.reshape(len(eligible), opts.num_perm)
        samples = [np.frombuffer(feats[i].sample, dtype=np.uint64) for i in eligible]
        lexical_stats: dict[str, Any] = {}
        matches = lexical.find_lexical_pairs(
            signatures,
            samples,
            lambda row: features.shingle_set(text.normalise(notes[eligible[row]].body), opts),
            min_jaccard=opts.overlap_threshold,
            min_containment=opts.contained_threshold,
            sizes=[feats[i].shingles for i in eligible],
            fingerprints=[np.frombuffer(feats[i].fingerprint, dtype=np.uint16) for i in eligible],
            keys=[keys[i] for i in eligible],
            known=pair_cache,
            stats=lexical_stats,
        )
        stats.update({f"lexical_{k}": v for k, v in lexical_stats.items()})
        if pair_cache is not None:
            present = {keys[i] for i in eligible}
            for gone in [pair for pair in pair_cache if pair[0] not in present or pair[1] not in present]:
                del pair_cache[gone]
        for m in matches:
            i, j = eligible[m.i], eligible[m.j]
            kind: Kind
            if m.jaccard >= opts.near_threshold:
                kind, score, small = "near", m.jaccard, None
            elif m.containment >= opts.contained_threshold and min(m.in_i, m.in_j) < opts.contained_threshold:
                # One-sided: the smaller note is mostly inside the bigger one, not the reverse (two
                # notes each mostly inside the other are an edited copy, judged by Jaccard).
                kind, score, small = "contained", m.containment, (i if m.in_j >= m.in_i else j)
            else:
                kind, score, small = "overlap", m.jaccard, None
            _merge(found, i, j, _Found(kind, score, jaccard=m.jaccard, containment=m.containment, contained=small))
        stats["lexical_s"] = time.perf_counter() - t1
        stats["lexical_notes"] = len(eligible)

    skipped = None
    if "semantic" in layers:
        from vaultkit.dedup import semantic

        t2 = time.perf_counter()
        inputs = []
        group_sizes: dict[str, int] = {}
        for key in keys:
            group_sizes[key] = group_sizes.get(key, 0) + 1
        for i in reps:
            n_copies = group_sizes.get(keys[i], 1)
            f = feats[i]
            # features_for always gives a vector key (note_features computes one for every note).
            inputs.append(
                semantic.SemanticInput(
                    i,
                    (),
                    f.script,
                    f.prose_words,
                    n_copies,
                    key=f.vector_key,
                    source=lambda body=notes[i].body: tuple(text.paragraphs(body)),  # type: ignore[misc]
                )
            )
        from vaultkit.store.vectors import vectors_dir

        outcome = semantic.find_semantic_pairs(
            inputs,
            opts,
            cache_folder=vectors_dir(root) if root is not None else None,
            progress=progress,
            backend_factory=backend_factory,
        )
        for i, j, cos in outcome.pairs:
            _merge(found, i, j, _Found("semantic", cos, cosine=cos))
        skipped = outcome.message
        stats.update(
            semantic_s=time.perf_counter() - t2,
            semantic_embedded=outcome.embedded,
            semantic_cached=outcome.cached,
            semantic_search=outcome.search,
            semantic_skipped=dict(outcome.skipped),
            model=outcome.model_id,
        )
    t3 = time.perf_counter()
    pairs, clusters = _assemble(notes, found, root)
    stats["assemble_s"] = time.perf_counter() - t3
    return DedupResult(pairs, clusters, skipped, tuple(x for x in LAYERS if x in layers), stats)


def _merge(found: dict[tuple[int, int], _Found], i: int, j: int, new: _Found) -> None:
    key = (min(i, j), max(i, j))
    old = found.get(key)
    if old is None:
        found[key] = new
        return
    best, other = (old, new) if KIND_ORDER.index(old.kind) <= KIND_ORDER.index(new.kind) else (new, old)
    found[key] = _Found(
        best.kind,
        best.score,
        jaccard=best.jaccard if best.jaccard is not None else other.jaccard,
        containment=best.containment if best.containment is not None else other.containment,
        cosine=best.cosine if best.cosine is not None else other.cosine,
        contained=best.contained,
    )


def _assemble(
    notes: Sequence[Note], found: dict[tuple[int, int], _Found], root: Path | None
) -> tuple[tuple[DuplicatePair, ...], tuple[DuplicateCluster, ...]]:
    import networkx as nx

    links = _link_pairs(notes, sorted({k for pair in found for k in pair}))
    graph = nx.Graph()
    graph.add_edges_from(key for key, f in found.items() if f.kind in FLAGGED)
    big = [sorted(c) for c in nx.connected_components(graph) if len(c) >= 3]
    member_of = {i: n for n, comp in enumerate(big) for i in comp}

    def make(i: int, j: int, f: _Found, with_diff: bool) -> DuplicatePair:
        a, b = notes[i], notes[j]
        if f.kind == "contained" and f.contained is not None:
            first, second = (a, b) if f.contained == i else (b, a)
        else:
            newer = find_newer(a, b, root)[0] if with_diff else None
            first, second = (b, a) if newer == a.path else (a, b)
        diff = compare_notes(first, second, root) if with_diff else None
        linked = (a.path, b.path) in links or (b.path, a.path) in links
        return DuplicatePair(first.path, second.path, f.kind, f.score, f.jaccard, f.containment, f.cosine, linked, diff)

    pairs: list[DuplicatePair] = []
    in_cluster: list[list[DuplicatePair]] = [[] for _ in big]
    for (i, j), f in sorted(found.items()):
        cluster = member_of.get(i) if f.kind in FLAGGED else None
        if cluster is not None:
            in_cluster[cluster].append(make(i, j, f, len(in_cluster[cluster]) < MAX_CLUSTER_DIFFS))
        else:
            pairs.append(make(i, j, f, f.kind in FLAGGED))
    clusters = tuple(
        DuplicateCluster(tuple(notes[i].path for i in comp), tuple(members))
        for comp, members in zip(big, in_cluster, strict=True)
    )
    return tuple(sorted(pairs, key=lambda p: (p.a, p.b))), clusters


def _link_pairs(notes: Sequence[Note], sources: Sequence[int] | None = None) -> set[tuple[str, str]]:
    """(source, target) paths of links between notes, resolved by path or by name, ignoring case;
    only links from the notes at `sources` when given (the pairs found: a vault has 70k links)."""
    by_key: dict[str, str] = {}
    for n in notes:
        by_key.setdefault(n.name.casefold(), n.path)
        stem = n.path[:-3] if n.path.lower().endswith(".md") else n.path
        by_key[stem.casefold()] = n.path
    out = set()
    for n in notes if sources is None else (notes[k] for k in sources):
        for link in n.links:
            target = link.target.strip()
            if not target:
                continue
            key = target[:-3] if target.lower().endswith(".md") else target
            resolved = by_key.get(key.casefold()) or by_key.get(key.rsplit("/", 1)[-1].casefold())
            if resolved and resolved != n.path:
                out.add((n.path, resolved))
    return out
