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

Verification is exact but need not touch most candidates. Notes that share boilerplate or a
writer's stock sentences are LSH candidates by the hundred thousand (a generated 10k vault whose
bodies come from 18 sentences gave 324,523, of which 102 pass), and building every shingle set
again in the main process cost more than the rest of the run. Each note therefore carries a
16-bit fingerprint of every shingle (2 bytes a shingle); counting a note's fingerprints found
among the other's bounds their overlap from above, and a candidate that fails both thresholds at
its bound fails them at its true overlap, so it is dropped without changing the result. Only the
remaining candidates (on that vault exactly the 102) are verified on full sets, and their overlaps
can be kept by the notes' content keys, so a later run verifies only pairs with a changed note.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from vaultkit.dedup import text

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
# Identity of the cached overlaps (pipeline.pair_cache_name): bump when shingling changes.
PAIR_CACHE_VERSION = 2
# The fingerprint of a shingle (lexical.fingerprint_of): these 16 bits of its hash.
FINGERPRINT_SHIFT = 32


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
        # acc·P + ids·m over the n positions, from acc = 0 (in place: the same values).
        acc = ids[:count] * self._mult[0]
        for k in range(1, n):
            acc *= np.uint64(0x100000001B3)
            acc += ids[k : k + count] * self._mult[k]
        # splitmix64 finaliser: spread the bits so the low 32 (fed to MinHash) are uniform.
        acc ^= acc >> np.uint64(30)
        acc *= np.uint64(0xBF58476D1CE4E5B9)
        acc ^= acc >> np.uint64(27)
        acc *= np.uint64(0x94D049BB133111EB)
        acc ^= acc >> np.uint64(31)
        acc.sort()  # np.unique's result, without its overhead on small arrays
        unique: Hashes = acc[np.concatenate(([True], acc[1:] != acc[:-1]))]
        return unique


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


# Pair codes are made at most this many at a time: a 10k-note vault shares its containment
# samples in ~4M pairs, whose temporaries once took ~300 MB at the same moment.
CODE_SLICE = 1 << 18


def _group_bounds(keys: npt.NDArray[np.int64], max_group: int) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(starts, sizes) of the runs of equal keys with 2..max_group members."""
    import numpy as np

    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    sizes = np.diff(np.concatenate([starts, [len(keys)]]))
    keep = (sizes >= 2) & (sizes <= max_group)
    return starts[keep], sizes[keep]


def _boilerplate_per_owner(keys: npt.NDArray[np.int64], owners: npt.NDArray[np.int64], n: int) -> npt.NDArray[np.int64]:
    """How many of each owner's (sorted) keys are in runs longer than MAX_POSTING."""
    import numpy as np

    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    sizes = np.diff(np.concatenate([starts, [len(keys)]]))
    big = np.repeat(sizes > MAX_POSTING, sizes)
    return np.bincount(owners[big], minlength=n).astype(np.int64)


def _pair_code_slices(
    starts: npt.NDArray[np.int64], sizes: npt.NDArray[np.int64], owners: npt.NDArray[np.int64], n: int
) -> Iterator[npt.NDArray[np.int64]]:
    """The codes i·n + j (i < j) of owners sharing a group, about CODE_SLICE at a time."""
    import numpy as np

    for g in np.unique(sizes).tolist():
        first_all = starts[sizes == g]
        iu, ju = np.triu_indices(g, 1)
        step = max(1, CODE_SLICE // len(iu))
        for k in range(0, len(first_all), step):
            first = first_all[k : k + step]
            a = owners[first[:, None] + iu[None, :]].ravel()
            b = owners[first[:, None] + ju[None, :]].ravel()
            low = np.minimum(a, b)
            low *= n
            low += np.maximum(a, b)
            yield low[a != b]


def _pair_codes_within_groups(
    keys: npt.NDArray[np.int64], owners: npt.NDArray[np.int64], max_group: int, n: int
) -> npt.NDArray[np.int64]:
    """Pairs (i, j), i < j, of owners sharing a key, as codes i·n + j (one per shared key);
    keys shared by more than `max_group` owners (boilerplate) are left out. `keys` must be
    sorted, `owners` (below n) aligned with them."""
    import numpy as np

    if len(keys) < 2:
        return np.empty(0, dtype=np.int64)
    parts = list(_pair_code_slices(*_group_bounds(keys, max_group), owners, n))
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)


# A band bucket holding more notes than this is boilerplate (every note of one template).
MAX_BUCKET = 64


def jaccard_candidate_rows(signatures: npt.NDArray[np.uint32], threshold: float = LSH_JACCARD) -> npt.NDArray[np.int64]:
    """Pairs of rows of the signature matrix that agree on all values of at least one band, as
    sorted unique rows (i, j), i < j."""
    import numpy as np

    n, num_perm = signatures.shape
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    if (threshold, num_perm) not in _PARAMS:
        _PARAMS[(threshold, num_perm)] = lsh_params(threshold, num_perm)
    bands, rows = _PARAMS[(threshold, num_perm)]
    found = []
    owners = np.arange(n, dtype=np.int64)
    for band in range(bands):
        block = np.ascontiguousarray(signatures[:, band * rows : (band + 1) * rows])
        # One 64-bit key per band (the band's values hashed): collisions only add candidates,
        # which verification removes.
        keys = np.zeros(n, dtype=np.uint64)
        for col in range(rows):
            keys = keys * np.uint64(0x100000001B3) + block[:, col].astype(np.uint64) + np.uint64(col + 1)
        order = np.argsort(keys, kind="stable")
        found.append(_pair_codes_within_groups(keys[order].astype(np.int64), owners[order], MAX_BUCKET, n))
    return _rows(np.concatenate(found), n)


def _rows(codes: npt.NDArray[np.int64], n: int) -> npt.NDArray[np.int64]:
    """Sorted unique pairs from codes i·n + j."""
    import numpy as np

    codes = np.sort(codes)
    if len(codes):
        codes = codes[np.concatenate([[True], codes[1:] != codes[:-1]])]
    return np.stack([codes // n, codes % n], axis=1) if len(codes) else np.empty((0, 2), dtype=np.int64)


def jaccard_candidates(signatures: npt.NDArray[np.uint32], threshold: float = LSH_JACCARD) -> set[tuple[int, int]]:
    """Pairs of rows of the signature matrix that agree on all values of at least one band."""
    rows = jaccard_candidate_rows(signatures, threshold)
    return set(zip(rows[:, 0].tolist(), rows[:, 1].tolist(), strict=True))


def containment_candidate_rows(samples: Sequence[Hashes]) -> npt.NDArray[np.int64]:
    """Sorted unique pairs (i, j), i < j, where one note's consistent sample lies mostly inside
    the other's.

    Memory stays near one int64 per shared sample hash: the pair codes are made a slice at a
    time and filed into buckets by the pair's first note, and each bucket (which then holds
    every code of its pairs) is counted and filtered on its own."""
    import numpy as np

    none = np.empty((0, 2), dtype=np.int64)
    lengths = np.array([len(s) for s in samples], dtype=np.int64)
    if len(samples) < 2 or not lengths.sum():
        return none
    all_hashes = np.concatenate(list(samples))
    owners = np.repeat(np.arange(len(samples), dtype=np.int64), lengths)
    order = np.argsort(all_hashes, kind="stable")
    n = len(samples)
    sorted_hashes = all_hashes[order].view(np.int64)
    owners = owners[order]
    starts, sizes = _group_bounds(sorted_hashes, MAX_POSTING)
    # Boilerplate (a hash in more than MAX_POSTING notes) counts neither for nor against a pair:
    # a note is judged on the share of its other sample hashes found in the other note.
    lengths = lengths - _boilerplate_per_owner(sorted_hashes, owners, n)
    del all_hashes, order, sorted_hashes
    total = int((sizes * (sizes - 1) // 2).sum())
    if not total:
        return none
    nbuckets = max(1, -(-total // CODE_SLICE))
    width = -(-n // nbuckets)  # notes per bucket
    buckets: list[list[npt.NDArray[np.int64]]] = [[] for _ in range(nbuckets)]
    for codes in _pair_code_slices(starts, sizes, owners, n):
        if nbuckets == 1:
            buckets[0].append(codes)
            continue
        which = codes // (n * width)
        by_bucket = np.argsort(which, kind="stable")
        cuts = np.searchsorted(which[by_bucket], np.arange(1, nbuckets))
        for bucket, part in zip(buckets, np.split(codes[by_bucket], cuts), strict=True):
            if len(part):
                bucket.append(part)
    found = []
    for bucket in buckets:
        if not bucket:
            continue
        codes = np.concatenate(bucket)
        bucket.clear()
        # How many shared sample hashes each pair has: the length of its run among the sorted codes.
        codes.sort()
        firsts = np.flatnonzero(np.concatenate([[True], codes[1:] != codes[:-1]]))
        counts = np.diff(np.concatenate([firsts, [len(codes)]]))
        keys = codes[firsts]
        del codes, firsts
        a, b = keys // n, keys % n
        need = SAMPLE_SHARE * np.minimum(lengths[a], lengths[b])
        good = counts >= np.maximum(need, 1)
        found.append(np.stack([a[good], b[good]], axis=1))
    return np.concatenate(found) if found else none


def containment_candidates(samples: Sequence[Hashes]) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, where one note's consistent sample lies mostly inside the other's."""
    rows = containment_candidate_rows(samples)
    return set(zip(rows[:, 0].tolist(), rows[:, 1].tolist(), strict=True))


def candidate_rows(signatures: npt.NDArray[np.uint32], samples: Sequence[Hashes]) -> npt.NDArray[np.int64]:
    """Jaccard and containment candidates together, sorted, each pair once."""
    import numpy as np

    n = len(samples)
    jaccard, containment = jaccard_candidate_rows(signatures), containment_candidate_rows(samples)
    if not len(containment):
        return jaccard
    both = np.concatenate([jaccard, containment])
    return _rows(both[:, 0] * n + both[:, 1], n)


def fingerprint_of(hashes: Hashes) -> npt.NDArray[np.uint16]:
    """Bits 32-47 of every shingle hash, sorted, duplicates kept: enough to bound the overlap of
    two notes from above (see common_upper_bounds) at 2 bytes a shingle."""
    import numpy as np

    return np.sort((hashes >> np.uint64(FINGERPRINT_SHIFT)).astype(np.uint16))


def common_upper_bounds(pairs: npt.NDArray[np.int64], fingerprints: Sequence[npt.NDArray[np.uint16]]) -> npt.NDArray[np.int64]:
    """For each pair (i, j): how many of j's shingles have a fingerprint found among i's. Every
    shingle the two share is counted (its fingerprint is in both), so this is never below the
    true number of common shingles, and exceeds it only by fingerprint collisions (about
    |j| · |i| / 65536). `pairs` must be sorted by i. One vectorised gather per note i."""
    import numpy as np

    out = np.zeros(len(pairs), dtype=np.int64)
    if not len(pairs):
        return out
    mark = np.zeros(1 << 16, dtype=np.uint8)
    lengths = np.array([len(f) for f in fingerprints], dtype=np.int64)
    firsts = np.flatnonzero(np.concatenate([[True], pairs[1:, 0] != pairs[:-1, 0]]))
    ends = np.concatenate([firsts[1:], [len(pairs)]])
    for first, end in zip(firsts.tolist(), ends.tolist(), strict=True):
        mine = fingerprints[int(pairs[first, 0])]
        partners = pairs[first:end, 1]
        mark[mine] = 1
        hits = mark.take(np.concatenate([fingerprints[j] for j in partners.tolist()]))
        mark[mine] = 0
        sizes = lengths[partners]
        if sizes.all():
            out[first:end] = np.add.reduceat(hits, np.cumsum(sizes) - sizes, dtype=np.int64)
        else:  # reduceat cannot sum an empty run
            sums = np.concatenate([[0], np.cumsum(hits, dtype=np.int64)])
            stops = np.cumsum(sizes)
            out[first:end] = sums[stops] - sums[stops - sizes]
    return out


def scores(common: int, len_a: int, len_b: int) -> tuple[float, float, float]:
    """(Jaccard, share of a in b, share of b in a) of two sets sharing `common` elements."""
    union = len_a + len_b - common
    return (common / union if union else 0.0, common / len_a if len_a else 0.0, common / len_b if len_b else 0.0)


def verify(a: Hashes, b: Hashes) -> tuple[float, float, float]:
    """(Jaccard, share of a in b, share of b in a), exactly."""
    import numpy as np

    return scores(len(np.intersect1d(a, b, assume_unique=True)), len(a), len(b))


def _may_pass(
    bounds: npt.NDArray[np.int64],
    len_a: npt.NDArray[np.int64],
    len_b: npt.NDArray[np.int64],
    min_jaccard: float,
    min_containment: float,
) -> npt.NDArray[np.bool_]:
    """Whether a pair with at most `bounds` common shingles can reach either threshold. Both
    scores grow with the overlap, so a pair failing at its upper bound fails at its true overlap;
    the margin keeps rounding from ever dropping a pair that passes (survivors are verified)."""
    import numpy as np

    union = np.maximum(len_a + len_b - bounds, 1)
    smaller = np.maximum(np.minimum(len_a, len_b), 1)
    may: npt.NDArray[np.bool_] = (bounds / union >= min_jaccard - 1e-9) | (bounds / smaller >= min_containment - 1e-9)
    return may


def find_lexical_pairs(
    signatures: npt.NDArray[np.uint32],
    samples: Sequence[Hashes],
    shingles: Callable[[int], Hashes],
    *,
    min_jaccard: float,
    min_containment: float,
    sizes: Sequence[int] | None = None,
    fingerprints: Sequence[npt.NDArray[np.uint16]] | None = None,
    keys: Sequence[str] | None = None,
    known: MutableMapping[tuple[str, str], int] | None = None,
    stats: dict[str, Any] | None = None,
) -> list[LexicalMatch]:
    """Verified pairs (by row) with Jaccard ≥ min_jaccard or containment ≥ min_containment.

    `shingles(i)` gives row i's exact shingle set; it is asked only for rows in candidate pairs
    that may pass. With `sizes` (shingles per row) and `fingerprints` (fingerprint_of each row's
    shingles), candidates whose overlap cannot reach a threshold are dropped before any set is
    built; the result is the same. With `keys` (one content identity per row) and `known`, the
    exact overlap of a pair is looked up by its two keys before it is computed, and stored
    after, so a pair of unchanged notes is verified once across runs.
    """
    import numpy as np

    if len(samples) < 2:
        return []
    candidates = candidate_rows(signatures, samples)
    info: dict[str, Any] = {"candidates": len(candidates)}
    if sizes is not None and fingerprints is not None and len(candidates):
        n_shingles = np.asarray(sizes, dtype=np.int64)
        bounds = common_upper_bounds(candidates, fingerprints)
        candidates = candidates[
            _may_pass(bounds, n_shingles[candidates[:, 0]], n_shingles[candidates[:, 1]], min_jaccard, min_containment)
        ]
    info["verified"] = len(candidates)
    full: dict[int, Hashes] = {}

    def common(i: int, j: int) -> int:
        for k in (i, j):
            if k not in full:
                full[k] = shingles(k)
        return len(np.intersect1d(full[i], full[j], assume_unique=True))

    found = []
    looked_up = 0
    cached = known if keys is not None and sizes is not None else None
    for i, j in candidates.tolist():
        pair = None
        if cached is not None and keys is not None:  # the overlap is symmetric: one entry per pair
            pair = (keys[i], keys[j]) if keys[i] <= keys[j] else (keys[j], keys[i])
        count = cached.get(pair) if cached is not None and pair is not None else None
        if count is not None and sizes is not None:
            looked_up += 1
            len_i, len_j = int(sizes[i]), int(sizes[j])
        else:
            count = common(i, j)
            len_i, len_j = len(full[i]), len(full[j])
            if cached is not None and pair is not None:
                cached[pair] = count
        jaccard, in_j, in_i = scores(count, len_i, len_j)
        if jaccard >= min_jaccard or max(in_j, in_i) >= min_containment:
            found.append(LexicalMatch(i, j, jaccard, in_j, in_i))
    info.update(known=looked_up, rebuilt=len(full))
    if stats is not None:
        stats.update(info)
    return found


# Alignment of short notes (issue 18): a 10 % word edit breaks half the word 5-shingles of a
# 100-word note (Jaccard ~0.4), and reordering its paragraphs breaks the shingles across their
# boundaries. Aligning line by line, in any line order, keeps what survives an edit: the share
# of each note's words that lie in runs of ALIGN_MIN_RUN or more words, in order, in one line of
# the other note. Single matched words (function words two notes on one topic both use) do not
# count, so unrelated notes on one topic score low (benchmarks/RESULTS.md, issue 18).
ALIGN_MIN_RUN = 2
# Token-MinHash LSH threshold for alignment candidates: a 10 %-edited copy keeps ~0.8 of its
# word set, a same-topic note ~0.2–0.35.
ALIGN_LSH = 0.4


def aligned_shares(a: Sequence[Sequence[str]], b: Sequence[Sequence[str]]) -> tuple[float, float]:
    """(share of a's words aligned in b, share of b's words aligned in a); a and b are lines of
    word tokens."""
    return _aligned(a, b), _aligned(b, a)


def _aligned(x: Sequence[Sequence[str]], y: Sequence[Sequence[str]]) -> float:
    from difflib import SequenceMatcher

    total = sum(len(u) for u in x)
    if not total:
        return 0.0
    y_sets = [frozenset(v) for v in y]
    matched = 0
    for u in x:
        if not u:
            continue
        best = 0
        for v, v_set in zip(y, y_sets, strict=True):
            # Every aligned word of u is a word of v: their count bounds the alignment from above.
            if sum(1 for w in u if w in v_set) <= best:
                continue
            blocks = SequenceMatcher(None, u, v, autojunk=False).get_matching_blocks()
            got = sum(block.size for block in blocks if block.size >= ALIGN_MIN_RUN)
            if got > best:
                best = got
                if best == len(u):
                    break
        matched += best
    return matched / total


# Template siblings: two notes written from one template about two different subjects.
#
# Notes stamped from one template and filled with mirror-image content ("Left rotation" and
# "Right rotation": the same sentences with left and right swapped; "Min-heap" and "Max-heap":
# min/max, smallest/largest) are as close as notes get for an embedding model (USE cosine 0.996),
# yet neither is a copy of the other. What tells them apart is where they differ: once the words
# they share in order (the template's skeleton and the common text) are set aside, what is left are
# substituted terms, and among them, at the same places, the subjects their titles name. A copy
# keeps its subject: its edits change other words, and a copy saved under a new title ("X (old)",
# "X 2") does not rename its subject inside the text.
#
# template_siblings is asked only about pairs of short notes (at most align_max_words words) that
# the line alignment or the semantic layer (in one language) found: its word alignment is one
# SequenceMatcher over the two word lists, so a bounded cost per pair.

# The words outside the shared skeleton (the runs both notes share in order) are at most this share
# of the two notes' words: siblings are one text with terms substituted (own sibling notes,
# tests/test_dedup_siblings.py: 0.08–0.35), a paraphrase is another text (calibration: 0.53–0.81).
MAX_DIFFERING_SHARE = 0.4
# The text (title line left out) substitutes one subject for the other at least this many times:
# a span of one note naming a subject replaced, at the same place, by a span of the other naming a
# subject. Own siblings: 1–7; edited, retitled and section-added copies: 0.
MIN_SUBSTITUTIONS = 1



def title_and_text(path: str, body: str) -> tuple[frozenset[str], list[str]]:
    """(the note's title words: its file name and its first line when that is a heading, folded;
    the words of the rest of the body)."""
    stem = path.rsplit("/", 1)[-1]
    if stem.lower().endswith(".md"):
        stem = stem[:-3]
    title = set(text.words(text.fold_stripped(stem)))
    first, _, rest = body.lstrip("\n").partition("\n")
    line = first.lstrip(" \t")
    marks = len(line) - len(line.lstrip("#"))
    if 1 <= marks <= 6 and line[marks : marks + 1] in (" ", "\t"):  # an ATX heading (no regex: linear)
        title.update(text.words(text.normalise(line[marks:].strip(" \t#"))))
        body = rest
    return frozenset(title), text.words(text.normalise(body))


def _names(word: str, subject: frozenset[str]) -> bool:
    """The word is one of the subject words or a form of one (a shared stem: "left"/"leftmost",
    "левый"/"левого")."""
    if word in subject:
        return True
    for s in subject:
        common = 0
        for x, y in zip(word, s, strict=False):
            if x != y:
                break
            common += 1
        if common >= 3 and common >= min(len(word), len(s)) - 2:
            return True
    return False


def _same_word(x: str, y: str) -> bool:
    """One word in two forms: one is the start of the other ("max", "maximum"), or they differ
    only in endings of at most 3 letters ("левый", "левого")."""
    common = 0
    for a, b in zip(x, y, strict=False):
        if a != b:
            break
        common += 1
    return common >= 3 and (common == min(len(x), len(y)) or common >= max(len(x), len(y)) - 3)


def _spelled_out(short: frozenset[str], long: frozenset[str]) -> bool:
    """One title word of `short` is the initials of the words of `long` ("gil" and "global
    interpreter lock"): a title spelled out in the other note names the same subject. The letters
    are compared as a multiset, so the title's word order does not matter."""
    if len(long) < 2:
        return False
    initials = sorted(w[0] for w in long)
    return any(sorted(w) == initials for w in short)


def substitutions(
    a: Sequence[str], b: Sequence[str], subject_a: frozenset[str], subject_b: frozenset[str]
) -> tuple[int, int]:
    """(how many spans of a, replaced by a span of b at the same place, swap the subjects: a's
    span names one note's subject and b's span the other's, how many words of a and b lie
    outside the runs they share in order). A span that names the same subject on both sides
    ("fewer bits" / "sixteen-bit" when "Fewer bits" is b's title) is an edit, not a swap."""
    matcher = SequenceMatcher(None, list(a), list(b), autojunk=False)
    swapped = differing = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        differing += (i2 - i1) + (j2 - j1)
        if op != "replace":
            continue
        a_names_a = any(_names(w, subject_a) for w in a[i1:i2])
        a_names_b = any(_names(w, subject_b) for w in a[i1:i2])
        b_names_a = any(_names(w, subject_a) for w in b[j1:j2])
        b_names_b = any(_names(w, subject_b) for w in b[j1:j2])
        if (a_names_a and b_names_b and not a_names_b) or (a_names_b and b_names_a and not a_names_a):
            swapped += 1
    return swapped, differing


def template_siblings(path_a: str, body_a: str, path_b: str, body_b: str) -> bool:
    """True when the two notes are one text about two subjects: each title has words (with a
    letter) the other's lacks that are not the initials or another form of the other's; at most
    MAX_DIFFERING_SHARE of their words lie outside what they share in order; and the text
    substitutes one subject for the other MIN_SUBSTITUTIONS or more times."""
    title_a, words_a = title_and_text(path_a, body_a)
    title_b, words_b = title_and_text(path_b, body_b)
    own_a = frozenset(w for w in title_a - title_b if not w.isdecimal())
    own_b = frozenset(w for w in title_b - title_a if not w.isdecimal())
    if not own_a or not own_b:
        return False  # one title holds the other ("X" and "X (old)"), or they differ in a number
    if _spelled_out(own_a, own_b) or _spelled_out(own_b, own_a):
        return False  # "GIL" and "Global interpreter lock"
    # Title words in another form ("Max-heap" and "Maximum heap", "сортировка" and "сортировки")
    # name the same thing; only the rest can name two subjects.
    own_a, own_b = (
        frozenset(x for x in own_a if not any(_same_word(x, y) for y in own_b)),
        frozenset(y for y in own_b if not any(_same_word(x, y) for x in own_a)),
    )
    if not own_a or not own_b:
        return False
    total = len(words_a) + len(words_b)
    if not total:
        return False
    swapped, differing = substitutions(words_a, words_b, own_a, own_b)
    return differing <= MAX_DIFFERING_SHARE * total and swapped >= MIN_SUBSTITUTIONS
