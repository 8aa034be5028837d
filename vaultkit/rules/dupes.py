"""Duplicate notes (vault scope): exact copies, edited copies, contained notes, paraphrases.

The four rules share one run of vaultkit.dedup per vault index. VK504 is off by default: it
loads torch and embeds every note on a cold cache (minutes on a big vault), which a pre-commit
run must not pay for; enable it with `select` or run `vaultkit dupes`.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from vaultkit.config import Config
from vaultkit.model import Finding, Severity
from vaultkit.rules.base import Rule, rule

if TYPE_CHECKING:
    from vaultkit.dedup import DedupResult, DuplicateCluster, DuplicatePair

_KIND_RULE = {"exact": "VK501", "near": "VK502", "contained": "VK503", "semantic": "VK504"}
# One dedup run per index: the rules are called one after another with the same index.
_last: tuple[weakref.ref[Any], tuple[str, ...], DedupResult] | None = None


def dedup_result(index: Any, config: Config) -> DedupResult:
    global _last
    semantic = config.rule_enabled("VK504", DUPLICATE_SEMANTIC.default_enabled)
    layers = ("exact", "lexical", "semantic") if semantic else ("exact", "lexical")
    if _last is not None and _last[0]() is index and _last[1] == layers:
        return _last[2]
    result = _cached_dedup(index, config, layers)
    _last = (weakref.ref(index), layers, result)
    return result


def _vault_digest(index: Any, config: Config, layers: tuple[str, ...]) -> str:
    """Identity of a dedup run: vaultkit version, configuration, layers and every note's content."""
    import hashlib

    from vaultkit import __version__

    h = hashlib.sha256(f"dedup\x1f{__version__}\x1f{config.digest}\x1f{','.join(layers)}".encode())
    for note in index.notes:
        h.update(f"\x1e{note.path}\x1f{note.content_hash}".encode())
    return "dedup:" + h.hexdigest()


def _cached_dedup(index: Any, config: Config, layers: tuple[str, ...]) -> DedupResult:
    """The vault's dedup result, from the cache when no note changed since it was computed
    (comparing 10k notes costs about a second; reading the result back costs milliseconds).
    When some note changed, the lexical layer still reuses the overlaps of the candidate pairs
    it verified before between unchanged notes (find_duplicates' pair_cache)."""
    from vaultkit.dedup import DedupResult, find_duplicates

    if not getattr(index, "use_cache", False):
        return find_duplicates(index.notes, config, layers=layers, root=index.root)
    from vaultkit.cache import NoteCache

    cache = NoteCache(index.root)
    key = _vault_digest(index, config, layers)
    pairs_key = _pair_cache_key(config) if "lexical" in layers else None
    try:
        found = cache.get_many([key] + ([pairs_key] if pairs_key else []))
    except Exception:  # noqa: BLE001 - an unusable cache is a cold run
        found = {}
    hit = found.get(key)
    if isinstance(hit, DedupResult) and _well_formed(hit):
        cache.close()
        return hit
    known = found.get(pairs_key) if pairs_key else None
    if not isinstance(known, dict) or not all(
        isinstance(k, tuple) and len(k) == 2 and type(v) is int for k, v in known.items()
    ):
        known = {}
    before = dict(known)
    result = find_duplicates(index.notes, config, layers=layers, root=index.root, pair_cache=known if pairs_key else None)
    store: dict[str, Any] = {key: result}
    if pairs_key and known != before:
        store[pairs_key] = known
    with contextlib.suppress(Exception):  # a read-only vault is still checked
        cache.put_many(store)
    cache.close()
    return result


def _well_formed(result: DedupResult) -> bool:
    """A cached result of the expected shape (the cache is the vault's: hostile input, decoded as
    data only by vaultkit.codec, yet its values may be of any type)."""
    from vaultkit.dedup import DuplicateCluster, DuplicatePair

    return (
        isinstance(result.pairs, tuple)
        and all(isinstance(p, DuplicatePair) for p in result.pairs)
        and isinstance(result.clusters, tuple)
        and all(isinstance(c, DuplicateCluster) and all(isinstance(p, DuplicatePair) for p in c.pairs) for c in result.clusters)
    )


def _pair_cache_key(config: Config) -> str:
    """Where the lexical layer's verified overlaps are kept: per vaultkit version and shingling."""
    from vaultkit import __version__
    from vaultkit.dedup import DedupOptions
    from vaultkit.dedup.pipeline import pair_cache_name

    return f"{pair_cache_name(DedupOptions.from_config(config))}:{__version__}"


def _scores(pair: DuplicatePair) -> str:
    parts = []
    if pair.kind == "contained" and pair.containment is not None:
        parts.append(f"{pair.containment:.0%} of its text is there")
    if pair.jaccard is not None and pair.kind != "exact":
        parts.append(f"Jaccard {pair.jaccard:.2f}")
    if pair.cosine is not None:
        parts.append(f"cosine {pair.cosine:.3f}")
    return ", ".join(parts)


def describe_pair(pair: DuplicatePair) -> str:
    """The finding message for a pair, written from the reported note's side."""
    other = pair.a if pair.kind != "contained" else pair.b
    head = {
        "exact": f"identical to {other} after repair and normalisation",
        "near": f"near-duplicate of {other}",
        "contained": f"contained in {other}",
        "semantic": f"says the same as {other}",
        "overlap": f"overlaps {other}",
    }[pair.kind]
    scores = _scores(pair)
    text = head + (f" ({scores})" if scores else "")
    if pair.linked:
        text += "; the two already link to each other"
    if pair.difference is not None:
        text += "; " + pair.difference.describe(pair.a, pair.b)
    return text


def describe_cluster(cluster: DuplicateCluster) -> str:
    relations = "; ".join(f"{p.b} {describe_pair(p).split(';')[0]}" for p in cluster.pairs[:10])
    more = f"; … {len(cluster.pairs) - 10} more pairs" if len(cluster.pairs) > 10 else ""
    return f"{len(cluster.paths)} notes are duplicates of each other: {', '.join(cluster.paths)} ({relations}{more})"


def _pair_findings(rule_obj: Rule, index: Any, config: Config) -> Iterator[Finding]:
    result = dedup_result(index, config)
    for pair in result.pairs:
        if _KIND_RULE.get(pair.kind) != rule_obj.id:
            continue
        path = pair.a if pair.kind == "contained" else pair.b
        other = pair.b if pair.kind == "contained" else pair.a
        yield rule_obj.finding(path, 1, 1, describe_pair(pair), key=f"{pair.kind}:{other}")
    for cluster in result.clusters:
        if _KIND_RULE.get(cluster.kind) == rule_obj.id:
            yield rule_obj.finding(cluster.paths[0], 1, 1, describe_cluster(cluster), key="cluster:" + "|".join(cluster.paths))


@rule("VK501", "duplicate-note", scope="vault", severity=Severity.WARNING)
def check_exact(index: Any, config: Config) -> Iterator[Finding]:
    """Two notes have the same text (after mojibake repair, Unicode normalisation, case and
    whitespace folding, without Markdown syntax and front matter).

    Failing: `Ideas (copy).md` whose body is `Ideas.md`'s body with other front matter.
    Passing: two notes that share a title but say different things.
    Three or more copies are reported once, as a cluster.
    """
    yield from _pair_findings(DUPLICATE_EXACT, index, config)


@rule("VK502", "near-duplicate", scope="vault", severity=Severity.WARNING)
def check_near(index: Any, config: Config) -> Iterator[Finding]:
    """Two notes share most of their word 5-grams (Jaccard ≥ `dedup.near_threshold`, 0.8): an
    edited copy.

    Failing: a copy with a sentence reworded and a typo fixed.
    Passing: two notes on the same topic written separately (Jaccard near 0).
    """
    yield from _pair_findings(DUPLICATE_NEAR, index, config)


@rule("VK503", "contained-in", scope="vault", severity=Severity.WARNING)
def check_contained(index: Any, config: Config) -> Iterator[Finding]:
    """Most of a note (≥ `dedup.contained_threshold`, 0.8, of its word 5-grams) is inside a
    bigger note: the bigger one is a copy with sections added.

    Failing: `Size of LLMs.md` pasted whole into `Size of LLMs 2.md`, which adds a section.
    Passing: a note that quotes one paragraph of another.
    The finding is on the contained note and says what the bigger one adds.
    """
    yield from _pair_findings(DUPLICATE_CONTAINED, index, config)


@rule("VK504", "semantic-duplicate", scope="vault", severity=Severity.INFO, default_enabled=False)
def check_semantic(index: Any, config: Config) -> Iterator[Finding]:
    """Two notes say the same thing in other words: mutual nearest neighbours by sentence
    embeddings with cosine ≥ `dedup.semantic_threshold` (off by default; loads torch).

    Failing: a note and its paraphrase. Passing: two notes on one topic making different points.
    Notes in a language the model does not cover are skipped, and the run says so once.
    """
    yield from _pair_findings(DUPLICATE_SEMANTIC, index, config)
    result = dedup_result(index, config)
    if result.skipped:
        yield DUPLICATE_SEMANTIC.finding(".", 1, 1, result.skipped, key="skipped")


DUPLICATE_EXACT = check_exact
DUPLICATE_NEAR = check_near
DUPLICATE_CONTAINED = check_contained
DUPLICATE_SEMANTIC = check_semantic
RULES: tuple[Rule, ...] = (DUPLICATE_EXACT, DUPLICATE_NEAR, DUPLICATE_CONTAINED, DUPLICATE_SEMANTIC)
