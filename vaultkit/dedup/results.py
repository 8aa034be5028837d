"""Duplicate results of a vault index, computed once per index and cached: what the duplicate
rules (rules/dupes.py), `vaultkit dupes` and the report read.

The result of a whole run is kept in the note cache under a digest of every note's content,
the configuration and the layers, so an unchanged vault reads it back in milliseconds instead
of comparing 10k notes again (about a second). When some note changed, the lexical layer still
reuses the overlaps of the candidate pairs it verified before between unchanged notes
(find_duplicates' pair_cache). Git history and file mtimes are outside the digest: they only
decide which of two duplicate notes a message calls newer.
"""

from __future__ import annotations

import contextlib
import weakref
from typing import TYPE_CHECKING, Any

from vaultkit.config import Config

if TYPE_CHECKING:
    from vaultkit.dedup import DedupResult, DuplicateCluster, DuplicatePair
    from vaultkit.model import VaultIndex

# One dedup run per index: the rules are called one after another with the same index.
_last: tuple[weakref.ref[Any], tuple[str, ...], DedupResult] | None = None


def dedup_result(index: VaultIndex, config: Config, *, semantic: bool) -> DedupResult:
    """The duplicate pairs and clusters of the vault's notes by the exact and lexical layers, and
    the semantic one when `semantic` (rule VK504 enabled): from the last call for this index,
    else from the note cache's copy when no note changed, else computed."""
    global _last
    layers = ("exact", "lexical", "semantic") if semantic else ("exact", "lexical")
    if _last is not None and _last[0]() is index and _last[1] == layers:
        return _last[2]
    result = _cached_dedup(index, config, layers)
    _last = (weakref.ref(index), layers, result)
    return result


def _vault_digest(index: VaultIndex, config: Config, layers: tuple[str, ...]) -> str:
    """Identity of a dedup run: vaultkit version, configuration, layers and every note's content."""
    import hashlib

    from vaultkit import __version__

    h = hashlib.sha256(f"dedup\x1f{__version__}\x1f{config.digest}\x1f{','.join(layers)}".encode())
    for note in index.notes:
        h.update(f"\x1e{note.path}\x1f{note.content_hash}".encode("utf-8", "surrogateescape"))
    return "dedup:" + h.hexdigest()


def _cached_dedup(index: VaultIndex, config: Config, layers: tuple[str, ...]) -> DedupResult:
    """The vault's dedup result, from the cache when no note changed since it was computed
    (comparing 10k notes costs about a second; reading the result back costs milliseconds).
    When some note changed, the lexical layer still reuses the overlaps of the candidate pairs
    it verified before between unchanged notes (find_duplicates' pair_cache)."""
    from vaultkit.dedup import DedupResult, find_duplicates

    if not getattr(index, "use_cache", False):
        return find_duplicates(index.notes, config, layers=layers, root=index.root, vector_cache=False)
    from vaultkit.store.notes import NoteCache

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
    if not isinstance(known, dict) or not all(isinstance(k, tuple) and len(k) == 2 and type(v) is int for k, v in known.items()):
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
    data only by store.codec, yet its values may be of any type)."""
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
    if pair.aligned is not None and pair.kind in ("near", "contained"):
        parts.append(f"{pair.aligned:.0%} of its words aligned")
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
        "translation": f"translation of {other}",
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
