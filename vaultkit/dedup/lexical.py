"""Layer 2: edited copies and notes pasted into bigger notes, by word shingles.

Jaccard candidates come from datasketch's MinHashLSH (threshold below the reporting one, so
LSH misses are rare). Containment needs its own search, because a small note inside a big one
has a low Jaccard: datasketch's MinHashLSHEnsemble took 7.9 s to index 10k notes here, so each
note's 64 smallest shingle hashes (a uniform sample, the hashes being random) are looked up in
one sorted array of every note's shingles, and a note holding most of the sample is a candidate
(numpy, 0.3 s for 10k notes; benchmarks/RESULTS.md). Every candidate is then verified on the
exact shingle sets, so reported scores are exact and precision does not depend on sketches.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Hashes = npt.NDArray[np.uint64]

# LSH candidate thresholds: lower than the reporting thresholds because LSH has false negatives
# near its threshold (research/dedup.md §3.5: 0.5 found 196/200 local edits).
LSH_JACCARD = 0.5
# Containment candidates: the sample size, the sampled share that makes a candidate (true
# containment 0.8 gives a sampled share under 0.6 with probability < 0.1 %), and the most notes a
# shingle may be in to count (boilerplate shared by many notes says nothing about copying).
SAMPLE = 64
SAMPLE_SHARE = 0.6
MAX_POSTING = 32


@dataclass(frozen=True)
class LexicalMatch:
    """Two notes (by index) and their exact shingle overlap."""

    i: int
    j: int
    jaccard: float
    in_j: float  # share of i's shingles found in j
    in_i: float  # share of j's shingles found in i

    @property
    def containment(self) -> float:
        return max(self.in_j, self.in_i)


class Shingler:
    """Hashes word n-grams to 64-bit integers, the same way for every note of a run."""

    def __init__(self, size: int) -> None:
        import numpy as np

        self.size = size
        self._words: dict[str, int] = {}
        # Odd multipliers, one per position in the shingle: word order matters.
        rng = np.random.default_rng(0x5EED)
        self._mult = (rng.integers(1, 2**62, size=size, dtype=np.uint64) * 2 + 1).astype(np.uint64)

    def _word_ids(self, tokens: Sequence[str]) -> Hashes:
        import numpy as np

        cache = self._words
        for token in set(tokens).difference(cache):
            cache[token] = int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")
        return np.fromiter(map(cache.__getitem__, tokens), dtype=np.uint64, count=len(tokens))

    def hashes(self, tokens: Sequence[str]) -> Hashes:
        """Sorted unique shingle hashes; a note shorter than one shingle is one shingle."""
        import numpy as np

        ids = self._word_ids(tokens)
        n = self.size
        if len(ids) == 0:
            return np.empty(0, dtype=np.uint64)
        if len(ids) < n:
            ids = np.concatenate([ids, np.zeros(n - len(ids), dtype=np.uint64)])
        count = len(ids) - n + 1
        acc = np.zeros(count, dtype=np.uint64)
        for k in range(n):
            acc = acc * np.uint64(0x100000001B3) + ids[k : k + count] * self._mult[k]
        # splitmix64 finaliser: spread the bits so the low 32 (fed to MinHash) are uniform.
        acc ^= acc >> np.uint64(30)
        acc *= np.uint64(0xBF58476D1CE4E5B9)
        acc ^= acc >> np.uint64(27)
        acc *= np.uint64(0x94D049BB133111EB)
        acc ^= acc >> np.uint64(31)
        return np.unique(acc)


def minhashes(sets: Sequence[Hashes], indices: Sequence[int], num_perm: int) -> list[object]:
    """datasketch LeanMinHashes of the shingle sets, computed with numpy in one step per note.

    datasketch's affine32 permutations applied to the low 32 bits of the shingle hashes (already
    mixed by the Shingler, so datasketch's own input mixing is not needed). datasketch's
    `update_batch` costs 0.6 ms a note (a Python call per shingle); this is one numpy step.
    """
    import numpy as np
    from datasketch import LeanMinHash, MinHash

    template = MinHash(num_perm=num_perm, seed=1)
    a, b = (np.asarray(p, dtype=np.uint32)[:, None] for p in template.permutations)
    empty = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    out: list[object] = []
    for i in indices:
        low = (sets[i] & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        values = (a * low[None, :] + b).min(axis=1) if len(low) else empty
        out.append(LeanMinHash(seed=1, hashvalues=values.astype(np.uint64), scheme=template.scheme))
    return out


def _jaccard_candidates(sets: Sequence[Hashes], indices: Sequence[int], num_perm: int) -> Iterator[tuple[int, int]]:
    from datasketch import MinHashLSH

    sketches = minhashes(sets, indices, num_perm)
    lsh = MinHashLSH(threshold=LSH_JACCARD, num_perm=num_perm)
    with lsh.insertion_session() as session:
        for i, m in zip(indices, sketches):
            session.insert(i, m, check_duplication=False)
    for i, m in zip(indices, sketches):
        for j in lsh.query(m):
            if j != i:
                yield (i, j) if i < j else (j, i)


def containment_candidates(sets: Sequence[Hashes], indices: Sequence[int]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, where one note's shingle sample lies mostly inside the other note."""
    import numpy as np

    idx = np.asarray(indices, dtype=np.int64)
    if len(idx) < 2:
        return []
    lengths = np.array([len(sets[i]) for i in idx], dtype=np.int64)
    all_hashes = np.concatenate([sets[i] for i in idx]) if lengths.sum() else np.empty(0, np.uint64)
    owners = np.repeat(idx, lengths)
    order = np.argsort(all_hashes, kind="stable")
    all_hashes, owners = all_hashes[order], owners[order]

    sample_sizes = np.minimum(lengths, SAMPLE)
    queries = np.concatenate([sets[i][:SAMPLE] for i in idx])  # sets are sorted: the k smallest
    query_owner = np.repeat(idx, sample_sizes)
    lo = np.searchsorted(all_hashes, queries, "left")
    hi = np.searchsorted(all_hashes, queries, "right")
    hits = hi - lo
    keep = (hits > 1) & (hits <= MAX_POSTING)
    lo, hits, query_owner = lo[keep], hits[keep], query_owner[keep]
    if not len(lo):
        return []
    # Expand each [lo, hi) range into (query owner, note holding the shingle) rows.
    starts = np.repeat(lo - np.concatenate([[0], np.cumsum(hits)[:-1]]), hits)
    rows = starts + np.arange(int(hits.sum()))
    pair_a = np.repeat(query_owner, hits)
    pair_b = owners[rows]
    other = pair_a != pair_b
    n = int(idx.max()) + 1
    keys, counts = np.unique(pair_a[other] * n + pair_b[other], return_counts=True)
    size_of = np.zeros(n, dtype=np.int64)
    size_of[idx] = sample_sizes
    a, b = keys // n, keys % n
    good = counts >= SAMPLE_SHARE * size_of[a]
    return sorted({(int(x), int(y)) if x < y else (int(y), int(x)) for x, y in zip(a[good], b[good])})


def verify(a: Hashes, b: Hashes) -> tuple[float, float, float]:
    """(Jaccard, share of a in b, share of b in a), exactly."""
    import numpy as np

    common = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - common
    return (common / union if union else 0.0, common / len(a) if len(a) else 0.0, common / len(b) if len(b) else 0.0)


def find_lexical_pairs(
    sets: Sequence[Hashes], indices: Sequence[int], *, num_perm: int, min_jaccard: float, min_containment: float
) -> list[LexicalMatch]:
    """Verified pairs among `indices` with Jaccard ≥ min_jaccard or containment ≥ min_containment."""
    if len(indices) < 2:
        return []
    seen: set[tuple[int, int]] = set()
    found = []
    candidates = itertools.chain(_jaccard_candidates(sets, indices, num_perm), containment_candidates(sets, indices))
    for pair in candidates:
        if pair in seen:
            continue
        seen.add(pair)
        i, j = pair
        jaccard, in_j, in_i = verify(sets[i], sets[j])
        if jaccard >= min_jaccard or max(in_j, in_i) >= min_containment:
            found.append(LexicalMatch(i, j, jaccard, in_j, in_i))
    return sorted(found, key=lambda m: (m.i, m.j))
