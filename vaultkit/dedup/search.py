"""Nearest-neighbour search over note vectors: exact blocked products, or hnswlib above a size.

Both return, for every vector, its nearest neighbours among those scoring at least `floor`
(a neighbour under the floor can never make a reported pair, so it is never ranked). A pair is
reported only when each note is among the other's `k` nearest (mutual k-NN): a note near many
others (a hub, a long survey note) is not everyone's duplicate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]

# Rows per block: a 2048 × N float32 block is 80 MB at 10k notes; the N × N matrix is never built
# (research/dedup.md §3.3: 50k × 50k crashed numpy's OpenBLAS).
BLOCK = 2048
# Query rows per float64 product (`products`): 1024 × N float64 is as big as 2048 × N float32.
ROWS = 1024


def products(queries: Vectors, data64: npt.NDArray[np.float64]) -> Vectors:
    """Cosines of `queries` (float32 rows) with `data64` (float64 rows), summed in float64 and
    rounded to float32. The same two notes get the same cosine whatever else is in either
    matrix: a float32 product's rounding depends on the shapes BLAS is given (a 60 × 60 product
    and its 16 × 16 blocks differed by 1e-6), and the cluster engine searches a vault in shards
    (vaultkit.cluster.semantic) that must rank and round exactly as one search over all notes."""
    import numpy as np

    return (queries.astype(np.float64) @ data64.T).astype(np.float32)


class NeighbourSearch(Protocol):
    name: str

    def neighbours(self, vectors: Vectors, k: int, floor: float) -> list[tuple[int, int, float]]:
        """(i, j, cosine) for each j among i's k nearest with cosine ≥ floor, i ≠ j."""
        ...


class ExactSearch:
    name = "exact"

    def neighbours(self, vectors: Vectors, k: int, floor: float) -> list[tuple[int, int, float]]:
        return top_neighbours(vectors, vectors, k, floor, diagonal=0)


def top_neighbours(
    queries: Vectors, data: Vectors, k: int, floor: float, *, diagonal: int | None = None
) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for each j among query i's k nearest rows of `data` with cosine ≥ floor,
    by row, best first; equal cosines in the order of the data rows (cosines by `products`). With `diagonal` d, query i
    is data row i + d (never its own neighbour). Exact and blocked: ExactSearch over one set, and
    over the shards of a vault on a cluster (vaultkit.cluster.semantic), whose per-shard answers
    merged by (cosine, then row order) are this function's answer over the whole set."""
    import numpy as np

    out: list[tuple[int, int, float]] = []
    n = len(queries)
    if not n or not len(data) or k < 1:
        return out
    data64 = data.astype(np.float64)
    for start in range(0, n, ROWS):
        scores = products(queries[start : start + ROWS], data64)
        if diagonal is not None:
            rows = np.arange(scores.shape[0])
            inside = rows + start + diagonal < scores.shape[1]
            scores[rows[inside], rows[inside] + start + diagonal] = -np.inf
        ii, jj = np.nonzero(scores >= floor)
        if not len(ii):
            continue
        values = scores[ii, jj]
        order = np.lexsort((-values, ii))  # by row, best first
        ii, jj, values = ii[order], jj[order], values[order]
        first = np.searchsorted(ii, ii, "left")
        rank = np.arange(len(ii)) - first
        keep = rank < k
        out.extend(zip((ii[keep] + start).tolist(), jj[keep].tolist(), values[keep].tolist(), strict=True))
    return out


class HnswSearch:
    """hnswlib (M=16, ef_construction=100, ef=64): recall@10 0.999 on 100k notes (research §3.4)."""

    name = "hnswlib"

    def neighbours(self, vectors: Vectors, k: int, floor: float) -> list[tuple[int, int, float]]:
        import hnswlib
        import numpy as np

        n, dim = vectors.shape
        index = hnswlib.Index(space="ip", dim=dim)
        index.init_index(max_elements=n, ef_construction=100, M=16, random_seed=7)
        index.add_items(vectors, np.arange(n))
        index.set_ef(max(64, 2 * (k + 1)))
        labels, distances = index.knn_query(vectors, k=min(k + 1, n))
        sims = 1.0 - distances
        out = []
        for i in range(n):
            taken = 0
            for j, s in zip(labels[i].tolist(), sims[i].tolist(), strict=True):
                if j == i or s < floor:
                    continue
                if taken < k:
                    out.append((i, j, float(s)))
                    taken += 1
        return out


def choose_search(n: int, exact_max: int) -> NeighbourSearch:
    return ExactSearch() if n <= exact_max else HnswSearch()


def mutual_pairs(neighbours: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Pairs (i < j) found in both directions; the score is the mean of the two (they differ
    only by float rounding in exact search)."""
    seen: dict[tuple[int, int], float] = {}
    for i, j, s in neighbours:
        seen[(i, j)] = s
    out = []
    for (i, j), s in seen.items():
        if i < j and (j, i) in seen:
            out.append((i, j, (s + seen[(j, i)]) / 2))
    return sorted(out)


def _top(scores: Vectors, k: int, floor: float) -> dict[tuple[int, int], float]:
    """{(row, column): score} of each row's k best columns scoring ≥ floor."""
    import numpy as np

    out: dict[tuple[int, int], float] = {}
    if not scores.size:
        return out
    k = min(k, scores.shape[1])
    # k = 1: the first best column among equal cosines (path order), as top_neighbours ranks.
    best = np.argmax(scores, axis=1)[:, None] if k == 1 else np.argpartition(-scores, k - 1, axis=1)[:, :k]
    values = np.take_along_axis(scores, best, axis=1)
    for i, j in zip(*np.nonzero(values >= floor), strict=True):
        out[(int(i), int(best[i, j]))] = float(values[i, j])
    return out


def cross_pairs(a: Vectors, b: Vectors, k: int, floor: float) -> list[tuple[int, int, float]]:
    """(i, j, cosine) with b[j] among a[i]'s k nearest in b and a[i] among b[j]'s k nearest in a,
    cosine ≥ floor: mutual nearest neighbours between two sets (two languages). Blocked, so the
    |a| × |b| matrix is never built whole."""
    import numpy as np

    a64, b64 = a.astype(np.float64), b.astype(np.float64)
    forward: dict[tuple[int, int], float] = {}
    for start in range(0, len(a), ROWS):
        for (i, j), s in _top(products(a[start : start + ROWS], b64), k, floor).items():
            forward[(i + start, j)] = s
    backward: set[tuple[int, int]] = set()
    for start in range(0, len(b), ROWS):
        backward.update((i, j + start) for j, i in _top(products(b[start : start + ROWS], a64), k, floor))
    return sorted((i, j, s) for (i, j), s in forward.items() if (i, j) in backward)
