"""What the exact and lexical layers need of one note, computed with the rest of its per-note work.

`note_features` runs in the worker that parses the note, and its result is cached with the note
(keyed by content hash, configuration and version), so a warm run never normalises or shingles
an unchanged note again. The features are small: the exact-layer key, the MinHash signature for
the Jaccard search, and a consistent sample of the shingle hashes for the containment search
(every hash whose top two bits are zero, so a note inside another has its sample inside the
other's sample). Full shingle sets are rebuilt only for the few notes a candidate pair names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vaultkit.dedup import exact, text
from vaultkit.dedup.options import DedupOptions

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Hashes = npt.NDArray[np.uint64]

# A shingle hash is in the containment sample when its top bits are zero: a quarter of them.
SAMPLE_SHIFT = 62
PERMUTATION_SEED = 0x5EED_1


@dataclass(frozen=True)
class NoteFeatures:
    """`key`: exact-layer identity ("" for an empty body); `words`: word count of the normalised
    body; `script`: dominant script (`en`, `ru`, `other`, `none`); `signature`: MinHash values
    (uint32 × num_perm) and `sample`: sorted uint64 shingle hashes with zero top bits, both empty
    for notes under `min_words`; `shingle`/`num_perm`: the options they were computed with."""

    key: str
    words: int
    script: str
    signature: bytes
    sample: bytes
    shingles: int
    shingle: int
    num_perm: int
    vector_key: bytes = b""
    prose_words: int = 0
    chunk_words: int = 0

    def matches(self, options: DedupOptions) -> bool:
        return (self.shingle, self.num_perm, self.chunk_words) == (options.shingle, options.num_perm, options.chunk_words)


_SHINGLERS: dict[int, object] = {}
_PERMUTATIONS: dict[int, tuple[object, object]] = {}


def shingler(size: int) -> object:
    """One Shingler per shingle size and process (it memoises word hashes)."""
    from vaultkit.dedup.lexical import Shingler

    if size not in _SHINGLERS:
        _SHINGLERS[size] = Shingler(size)
    return _SHINGLERS[size]


def permutations(num_perm: int) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """The MinHash hash functions h(x) = a·x + b mod 2³² (a odd, so each is a permutation)."""
    import numpy as np

    if num_perm not in _PERMUTATIONS:
        rng = np.random.default_rng(PERMUTATION_SEED)
        a = (rng.integers(0, 2**31, size=num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)).astype(np.uint32)
        b = rng.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32)
        _PERMUTATIONS[num_perm] = (a, b)
    return _PERMUTATIONS[num_perm]  # type: ignore[return-value]


def signature(hashes: Hashes, num_perm: int) -> npt.NDArray[np.uint32]:
    """MinHash of a shingle set: per hash function, the least image of the hashes' low 32 bits."""
    import numpy as np

    a, b = permutations(num_perm)
    if len(hashes) == 0:
        return np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    low = (hashes & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    out = np.empty(num_perm, dtype=np.uint32)
    # In blocks of hash functions, so a long note never builds one num_perm × shingles matrix.
    step = max(1, 2_000_000 // max(1, len(low)))
    for start in range(0, num_perm, step):
        stop = min(num_perm, start + step)
        out[start:stop] = (a[start:stop, None] * low[None, :] + b[start:stop, None]).min(axis=1)
    return out


def sample_of(hashes: Hashes) -> Hashes:
    """The consistent containment sample: hashes whose top two bits are zero (sorted, as given)."""
    import numpy as np

    return hashes[(hashes >> np.uint64(SAMPLE_SHIFT)) == 0]


def shingle_set(normalised: str, options: DedupOptions) -> Hashes:
    return shingler(options.shingle).hashes(text.words(normalised))  # type: ignore[attr-defined, no-any-return]


def note_features(body: str, options: DedupOptions) -> NoteFeatures:
    from vaultkit.dedup.semantic import vector_key

    stripped = text.strip_markdown(body)
    normalised = text.fold_stripped(stripped)
    paragraphs = text.paragraphs_of_stripped(stripped)
    semantic = {
        "vector_key": vector_key(paragraphs, options),
        "prose_words": sum(len(p.split()) for p in paragraphs),
        "chunk_words": options.chunk_words,
    }
    tokens = text.words(normalised)
    script = text.detect_script(normalised).code
    key = exact.exact_key(normalised) if normalised else ""
    if len(tokens) < options.min_words:
        return NoteFeatures(key, len(tokens), script, b"", b"", 0, options.shingle, options.num_perm, **semantic)
    hashes = shingler(options.shingle).hashes(tokens)  # type: ignore[attr-defined]
    sig = signature(hashes, options.num_perm)
    return NoteFeatures(
        key, len(tokens), script, sig.tobytes(), sample_of(hashes).tobytes(), len(hashes), options.shingle, options.num_perm,
        **semantic,
    )
