"""Layer 2: edited copies and notes pasted into bigger notes, by word shingles.

Jaccard candidates come from MinHash LSH: each note's signature (vaultkit.dedup.features) is cut
into b bands of r values, chosen as datasketch's MinHashLSH chooses them, and notes sharing a band
are candidates (threshold below the reporting one, so misses are rare). The banding is a few numpy
steps over the signature matrix; datasketch itself is not imported on this path, because its
import alone (scipy.integrate) costs more than a warm run of a 10k-note vault
(benchmarks/RESULTS.md); tests check the candidates against datasketch's MinHashLSH.

Containment needs its own search, because a small note inside a big one has a low Jaccard: each
note keeps a consistent sample of its shingle hashes (those with the top two bits zero), so the
sample of a note held inside another lies inside the other's sample; a note sharing most of its
sample with another is a candidate. Every candidate is then verified on the exact shingle sets,
so reported scores are exact and precision does not depend on sketches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Hashes = npt.NDArray[np.uint64]

# LSH candidate thresholds: lower than the reporting thresholds because LSH has false negatives
# near its threshold (research/dedup.md §3.5: 0.5 found 196/200 local edits).
LSH_JACCARD = 0.5
# Containment candidates: the sampled share that makes a candidate (true containment 0.8 with
# 30 sampled shingles gives a share under 0.6 with probability < 1 %), and the most notes a
# shingle may be in to count (boilerplate shared by many notes says nothing about copying).
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


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positives + false negatives around `threshold`, as
    datasketch's MinHashLSH chooses them (equal weights); the integrals of its polynomials are
    exact with Gauss-Legendre nodes, so scipy is not needed."""
    import numpy as np

    nodes, weights = np.polynomial.legendre.leggauss(max(8, num_perm // 2 + 2))

    def integral(lo: float, hi: float, b: int, r: int, fp: bool) -> float:
        s = (hi - lo) / 2 * nodes + (hi + lo) / 2
        p = 1 - (1 - s**r) ** b
        return float((hi - lo) / 2 * np.sum(weights * (p if fp else 1 - p)))

    best, opt = float("inf"), (0, 0)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            error = 0.5 * integral(0.0, threshold, b, r, True) + 0.5 * integral(threshold, 1.0, b, r, False)
            if error < best:
                best, opt = error, (b, r)
    return opt


_PARAMS: dict[tuple[float, int], tuple[int, int]] = {}


def _pairs_within_groups(keys: npt.NDArray[np.int64], owners: npt.NDArray[np.int64], max_group: int) -> npt.NDArray[np.int64]:
    """Rows (i, j), i < j, of owners sharing a key; keys shared by more than `max_group` owners
    (boilerplate) are left out. `keys` must be sorted, `owners` aligned with them."""
    import numpy as np

    if len(keys) < 2:
        return np.empty((0, 2), dtype=np.int64)
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    sizes = np.diff(np.concatenate([starts, [len(keys)]]))
    out = []
    for g in np.unique(sizes[(sizes >= 2) & (sizes <= max_group)]):
        first = starts[sizes == g]
        iu, ju = np.triu_indices(int(g), 1)
        a = owners[first[:, None] + iu[None, :]].ravel()
        b = owners[first[:, None] + ju[None, :]].ravel()
        out.append(np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1))
    if not out:
        return np.empty((0, 2), dtype=np.int64)
    rows = np.concatenate(out)
    return rows[rows[:, 0] != rows[:, 1]]


# A band bucket holding more notes than this is boilerplate (every note of one template).
MAX_BUCKET = 64


def jaccard_candidates(signatures: npt.NDArray[np.uint32], threshold: float = LSH_JACCARD) -> set[tuple[int, int]]:
    """Pairs of rows of the signature matrix that agree on all values of at least one band."""
    import numpy as np

    n, num_perm = signatures.shape
    if n < 2:
        return set()
    if (threshold, num_perm) not in _PARAMS:
        _PARAMS[(threshold, num_perm)] = lsh_params(threshold, num_perm)
    bands, rows = _PARAMS[(threshold, num_perm)]
    found: set[tuple[int, int]] = set()
    owners = np.arange(n, dtype=np.int64)
    for band in range(bands):
        block = np.ascontiguousarray(signatures[:, band * rows : (band + 1) * rows])
        # One 64-bit key per band (the band's values hashed): collisions only add candidates,
        # which verification removes.
        keys = np.zeros(n, dtype=np.uint64)
        for col in range(rows):
            keys = keys * np.uint64(0x100000001B3) + block[:, col].astype(np.uint64) + np.uint64(col + 1)
        order = np.argsort(keys, kind="stable")
        pairs = _pairs_within_groups(keys[order].astype(np.int64), owners[order], MAX_BUCKET)
        found.update(zip(pairs[:, 0].tolist(), pairs[:, 1].tolist()))
    return found


def containment_candidates(samples: Sequence[Hashes]) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, where one note's consistent sample lies mostly inside the other's."""
    import numpy as np

    lengths = np.array([len(s) for s in samples], dtype=np.int64)
    if len(samples) < 2 or not lengths.sum():
        return set()
    all_hashes = np.concatenate(list(samples))
    owners = np.repeat(np.arange(len(samples), dtype=np.int64), lengths)
    order = np.argsort(all_hashes, kind="stable")
    pairs = _pairs_within_groups(all_hashes[order].view(np.int64), owners[order], MAX_POSTING)
    if not len(pairs):
        return set()
    n = len(samples)
    keys, counts = np.unique(pairs[:, 0] * n + pairs[:, 1], return_counts=True)
    a, b = keys // n, keys % n
    need = SAMPLE_SHARE * np.minimum(lengths[a], lengths[b])
    good = counts >= np.maximum(need, 1)
    return set(zip(a[good].tolist(), b[good].tolist()))


def verify(a: Hashes, b: Hashes) -> tuple[float, float, float]:
    """(Jaccard, share of a in b, share of b in a), exactly."""
    import numpy as np

    common = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - common
    return (common / union if union else 0.0, common / len(a) if len(a) else 0.0, common / len(b) if len(b) else 0.0)


def find_lexical_pairs(
    signatures: npt.NDArray[np.uint32],
    samples: Sequence[Hashes],
    shingles: Callable[[int], Hashes],
    *,
    min_jaccard: float,
    min_containment: float,
) -> list[LexicalMatch]:
    """Verified pairs (by row) with Jaccard ≥ min_jaccard or containment ≥ min_containment.
    `shingles(i)` gives row i's exact shingle set; it is asked only for rows in candidate pairs."""
    if len(samples) < 2:
        return []
    candidates = jaccard_candidates(signatures) | containment_candidates(samples)
    full: dict[int, Hashes] = {}
    found = []
    for i, j in sorted(candidates):
        for k in (i, j):
            if k not in full:
                full[k] = shingles(k)
        jaccard, in_j, in_i = verify(full[i], full[j])
        if jaccard >= min_jaccard or max(in_j, in_i) >= min_containment:
            found.append(LexicalMatch(i, j, jaccard, in_j, in_i))
    return found
