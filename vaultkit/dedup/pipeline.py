"""find_duplicates: the three layers, merged into pairs and clusters with what differs."""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Mapping, MutableMapping, Sequence
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
    from vaultkit.dedup.semantic import GivenPairs, SemanticOutcome

Layer = Literal["exact", "lexical", "semantic"]
Kind = Literal["exact", "near", "contained", "semantic", "translation", "overlap"]
LAYERS: tuple[Layer, ...] = ("exact", "lexical", "semantic")
# Strongest first: when layers agree on a pair, the strongest kind names it.
KIND_ORDER: tuple[Kind, ...] = ("exact", "near", "contained", "semantic", "translation", "overlap")
FLAGGED: frozenset[Kind] = frozenset({"exact", "near", "contained", "semantic", "translation"})
# Folders whose notes are templates (besides the one .obsidian/templates.json names): a template
# is not a duplicate of its instances, and its lines are template text.
TEMPLATE_FOLDERS = frozenset({"templates", "template", "_templates", "шаблоны"})
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
    aligned: float | None = None  # lexical.aligned_shares: the smaller share of aligned words

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
            "aligned": None if self.aligned is None else round(self.aligned, 4),
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
    # Notes that are a template with nothing filled in: reported once each (VK506), never as
    # duplicates of each other or of their template.
    unfilled: tuple[str, ...] = ()

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
            "unfilled": list(self.unfilled),
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
    aligned: float | None = None


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
    vault_template_lines: Mapping[int, frozenset[int]] | None = None,
    vault_unfilled: Collection[str] | None = None,
    semantic_pairs: GivenPairs | None = None,
    vector_cache: bool = True,
) -> DedupResult:
    """Find exact, edited and semantic duplicates among `notes` (their repaired bodies).

    `root` (the vault folder) enables git/mtime dates and, unless `vector_cache` is false (the
    user's --no-cache), the vector cache under it; `progress` shows a
    bar while embedding on a terminal. The semantic layer imports torch only when some note has
    no cached vector. `pair_cache` (kept under pair_cache_name) holds how many shingles two
    notes share, by the notes' exact keys, so a later run verifies only pairs with a changed
    note; it is updated in place: pairs verified now are added, pairs naming a note no longer
    among `notes` are removed. `vault_template_lines` (template-line hashes by the line-length
    limit, TEMPLATE_LINE_WORDS / ALIGN_TEMPLATE_WORDS) and `vault_unfilled` (paths), when given,
    are the whole vault's answers, used instead of computing them from `notes` (a cluster worker
    checks a few notes of the vault at a time). `semantic_pairs`, when given with the semantic
    layer, are the whole vault's semantic pairs and translations by path (found by a search over
    every note: vaultkit.cluster.semantic), judged here instead of a neighbour search among `notes`
    (nearest neighbours within a group are not the vault's).
    """
    unknown = set(layers) - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown layer(s) {', '.join(sorted(unknown))}; use {', '.join(LAYERS)}")
    opts = options or DedupOptions.from_config(config)
    stats: dict[str, Any] = {"notes": len(notes)}
    t0 = time.perf_counter()
    feats = [features_for(n, opts) for n in notes]
    templates = _template_notes(notes, root)
    if vault_template_lines is not None:
        template_lines = vault_template_lines.get(TEMPLATE_LINE_WORDS, frozenset())
    else:
        template_lines = _template_lines(feats, templates, opts, TEMPLATE_LINE_WORDS)
    if vault_unfilled is not None:
        unfilled = {i for i, n in enumerate(notes) if n.path in vault_unfilled}
    else:
        unfilled = _unfilled_notes(feats, template_lines, templates)
    stats["unfilled"] = len(unfilled)
    # Identical bodies are compared once, through one representative; templates and unfilled
    # template instances are no duplicate candidates.
    keys = [f.key if i not in templates and i not in unfilled else "" for i, f in enumerate(feats)]
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
        t_align = time.perf_counter()
        if vault_template_lines is not None:
            short_template_lines = vault_template_lines.get(ALIGN_TEMPLATE_WORDS, frozenset())
        else:
            short_template_lines = _template_lines(feats, templates, opts, ALIGN_TEMPLATE_WORDS)
        aligned = _aligned_pairs(notes, feats, eligible, found, short_template_lines, opts)
        aligned_siblings = 0
        for i, j, low, high, small in aligned:
            if _template_siblings(notes, feats, found, i, j, opts):
                aligned_siblings += 1
                continue
            if low >= opts.align_threshold:
                _merge(found, i, j, _Found("near", low, aligned=low))
            elif low < opts.contained_threshold:  # one-sided, as for shingles
                _merge(found, i, j, _Found("contained", high, containment=high, contained=small, aligned=low))
        stats["align_s"] = time.perf_counter() - t_align
        stats["align_pairs"] = len(aligned)
        stats["align_siblings"] = aligned_siblings
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
                    f.language or f.script,
                    f.prose_words,
                    n_copies,
                    key=f.vector_key,
                    source=lambda body=notes[i].body: tuple(text.paragraphs(body)),  # type: ignore[misc]
                )
            )
        from vaultkit.store.vectors import vectors_dir

        if semantic_pairs is None:
            outcome = semantic.find_semantic_pairs(
                inputs,
                opts,
                cache_folder=vectors_dir(root) if root is not None and vector_cache else None,
                progress=progress,
                backend_factory=backend_factory,
            )
        else:
            outcome = _given_outcome(semantic_pairs, notes, reps)
        siblings = 0
        for i, j, cos in outcome.pairs:
            if _template_siblings(notes, feats, found, i, j, opts):
                siblings += 1
                continue
            _merge(found, i, j, _Found("semantic", cos, cosine=cos))
        stats["semantic_siblings"] = siblings
        for i, j, cos in outcome.translations:
            _merge(found, i, j, _Found("translation", cos, cosine=cos))
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
    return DedupResult(
        pairs, clusters, skipped, tuple(x for x in LAYERS if x in layers), stats, tuple(sorted(notes[i].path for i in unfilled))
    )


def _given_outcome(given: GivenPairs, notes: Sequence[Note], reps: Sequence[int]) -> SemanticOutcome:
    """find_semantic_pairs' outcome from pairs found elsewhere, by path: the pairs between two
    representatives among `notes`, as (smaller index, larger index, cosine)."""
    from vaultkit.dedup.semantic import SemanticOutcome

    index = {notes[i].path: i for i in reps}

    def mapped(found: Sequence[tuple[str, str, float]]) -> list[tuple[int, int, float]]:
        out = []
        for a, b, score in found:
            i, j = index.get(a), index.get(b)
            if i is not None and j is not None and i != j:
                out.append((min(i, j), max(i, j), score))
        return sorted(out)

    return SemanticOutcome(
        mapped(given.pairs), {}, given.message, given.model_id, search="given", translations=mapped(given.translations)
    )


def _template_siblings(
    notes: Sequence[Note],
    feats: Sequence[features.NoteFeatures],
    found: dict[tuple[int, int], _Found],
    i: int,
    j: int,
    opts: DedupOptions,
) -> bool:
    """A pair of short notes found by the line alignment or the semantic layer that is one
    template's text about two subjects (lexical.template_siblings), unless the exact layer or
    shingles already found the two alike."""
    old = found.get((min(i, j), max(i, j)))
    if old is not None and old.kind in FLAGGED:
        return False
    if max(feats[i].words, feats[j].words) > opts.align_max_words:
        return False
    return lexical.template_siblings(notes[i].path, notes[i].body, notes[j].path, notes[j].body)


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
        aligned=best.aligned if best.aligned is not None else other.aligned,
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
        return DuplicatePair(
            first.path, second.path, f.kind, f.score, f.jaccard, f.containment, f.cosine, linked, diff, f.aligned
        )

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


def _template_notes(notes: Sequence[Note], root: Path | None) -> set[int]:
    """Indices of the notes in a template folder: TEMPLATE_FOLDERS, or the folder that
    .obsidian/templates.json (core Templates) or Templater's settings name."""
    folders = set(TEMPLATE_FOLDERS)
    if root is not None:
        import json

        templater = ".obsidian/plugins/templater-obsidian/data.json"
        settings = ((".obsidian/templates.json", "folder"), (templater, "templates_folder"))
        for rel, key in settings:
            try:
                path = root / rel
                if path.is_file() and not path.is_symlink() and path.stat().st_size < 1_000_000:
                    value = json.loads(path.read_text(encoding="utf-8")).get(key)
                    if isinstance(value, str) and value.strip("/ "):
                        folders.add(value.strip("/ ").casefold())
            except (OSError, ValueError, AttributeError):
                continue
    out = set()
    for i, note in enumerate(notes):
        parts = note.path.casefold().split("/")[:-1]
        if any("/".join(parts[:k]) in folders for k in range(1, len(parts) + 1)):
            out.add(i)
    return out


def _lines(f: features.NoteFeatures) -> tuple[Any, Any]:
    import numpy as np

    return np.frombuffer(f.lines, dtype=np.uint64), np.frombuffer(f.line_words, dtype=np.uint16)


def _template_lines(
    feats: Sequence[features.NoteFeatures], templates: set[int], opts: DedupOptions, max_words: int
) -> frozenset[int]:
    """Lines of template text: every line of a template note, and each line of at most
    `max_words` words found in `opts.template_notes` or more distinct note bodies
    (headings, fields with default values, prompts and footers a template stamps into every note;
    identical copies count once)."""
    import numpy as np

    lines: set[int] = set()
    seen: set[str] = set()
    parts = []
    for i, f in enumerate(feats):
        hashes, counts = _lines(f)
        if i in templates:
            lines.update(hashes.tolist())
            continue
        if not f.key or f.key in seen:
            continue
        seen.add(f.key)
        parts.append(hashes[counts <= max_words])
    if parts:
        values, numbers = np.unique(np.concatenate(parts), return_counts=True)
        lines.update(values[numbers >= opts.template_notes].tolist())
    return frozenset(lines)


# An unfilled template instance has at most this many words of its own (a date, a name), and at
# most UNFILLED_MAX_WORDS in all: a longer note made of lines its other versions share (a list
# note and its reordered copy) is a note, not an empty form.
UNFILLED_WORDS = 3
UNFILLED_MAX_WORDS = 60
FILLED_WORDS = 10
# A template line has at most this many words (a footer such as "Created from template …").
TEMPLATE_LINE_WORDS = 20
# The alignment leaves out template lines of at most this many words (headings, fields, prompts):
# a longer shared line is more likely a line a note shares with its own edited copies.
ALIGN_TEMPLATE_WORDS = 8


def _own_words(f: features.NoteFeatures, template_lines: frozenset[int]) -> tuple[int, list[int]]:
    """(letter words outside template lines, the note's template lines)."""
    hashes, counts = _lines(f)
    own, shared = 0, []
    for h, c in zip(hashes.tolist(), counts.tolist(), strict=True):
        if h in template_lines:
            shared.append(h)
        else:
            own += c
    return own, shared


def _unfilled_notes(
    feats: Sequence[features.NoteFeatures], template_lines: frozenset[int], templates: set[int]
) -> set[int]:
    """Templates filled with nothing: only headings and empty items (text.structure_only), or,
    in a note of at most UNFILLED_MAX_WORDS words, at most UNFILLED_WORDS words outside template
    lines, two or more of which are found in filled notes (FILLED_WORDS words of their own) at
    least twice, or in a template note. The filled notes tell a template's lines from lines a note
    shares with its own copies: a short list note, its reordered copy and a copy with a section
    added share all their lines, yet only one of them is filled."""
    own: dict[int, tuple[int, list[int]]] = {}
    support: dict[int, int] = {}
    seen: set[str] = set()
    for i, f in enumerate(feats):
        if i in templates:
            for h in _lines(f)[0].tolist():
                support[h] = support.get(h, 0) + 2
            continue
        own[i] = words, shared = _own_words(f, template_lines)
        if words >= FILLED_WORDS and f.key not in seen:
            seen.add(f.key)
            for h in shared:
                support[h] = support.get(h, 0) + 1
    out = set()
    for i, f in enumerate(feats):
        if i in templates or not f.key:
            continue
        if f.unfilled:
            out.add(i)
            continue
        words, shared = own[i]
        if f.letter_words <= UNFILLED_MAX_WORDS and words <= UNFILLED_WORDS and sum(support.get(h, 0) >= 2 for h in shared) >= 2:
            out.add(i)
    return out


def _aligned_pairs(
    notes: Sequence[Note],
    feats: Sequence[features.NoteFeatures],
    eligible: Sequence[int],
    found: dict[tuple[int, int], _Found],
    template_lines: frozenset[int],
    opts: DedupOptions,
) -> list[tuple[int, int, float, float, int]]:
    """Short notes aligned line by line (lexical.aligned_shares), template lines left out: for
    candidate pairs from token-level MinHash LSH that no layer flagged yet, (i, j, smaller share,
    larger share, index of the note with the larger share) when the larger share reaches
    contained_threshold."""
    import numpy as np

    short = [i for i in eligible if feats[i].words <= opts.align_max_words and feats[i].tokens]
    if len(short) < 2:
        return []
    signatures = np.frombuffer(b"".join(feats[i].tokens for i in short), dtype=np.uint32).reshape(len(short), features.TOKEN_PERM)
    rows = lexical.jaccard_candidate_rows(signatures, lexical.ALIGN_LSH)
    units: dict[int, list[list[str]]] = {}

    def lines_of(i: int) -> list[list[str]]:
        if i not in units:
            own: list[list[str]] = []
            shared: list[list[str]] = []
            for line in text.strip_markdown(notes[i].body).split("\n"):
                folded = " ".join(line.split()).casefold()
                if folded:
                    (shared if template_lines and text.line_hash(folded) in template_lines else own).append(text.words(folded))
            # Template lines are left out unless they are most of the note (then they are the
            # note's own lines, shared with its other versions).
            kept = sum(len(u) for u in own)
            units[i] = own if kept >= 0.2 * (kept + sum(len(u) for u in shared)) else own + shared
        return units[i]

    result = []
    for r, c in rows.tolist():
        i, j = short[r], short[c]
        old = found.get((min(i, j), max(i, j)))
        if old is not None and old.kind in FLAGGED:
            continue
        in_j, in_i = lexical.aligned_shares(lines_of(i), lines_of(j))
        high = max(in_j, in_i)
        if high >= opts.contained_threshold:
            result.append((i, j, min(in_j, in_i), high, i if in_j >= in_i else j))
    return result
