"""What the exact and lexical layers need of one note, computed with the rest of its per-note work.

`note_features` runs in the worker that parses the note, and its result is cached with the note
(keyed by content hash, configuration and version), so a warm run never normalises or shingles
an unchanged note again. The features are small: the exact-layer key, the MinHash signature for
the Jaccard search, and a consistent sample of the shingle hashes for the containment search
(every hash whose top two bits are zero, so a note inside another has its sample inside the
other's sample), and a 16-bit fingerprint of every shingle (2 bytes a shingle), from which the
lexical layer bounds the overlap of a candidate pair from above and drops the pairs that cannot
pass. Full shingle sets are rebuilt only for the few notes a remaining candidate pair names.
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
# Bumped when the features change shape or meaning: features cached by an older version are
# computed again (an old pickle reads the class default, 0).
FEATURES_VERSION = 4  # 3: language, token signature, line keys, structure-only flag; 4: vector key v2
# Token-level MinHash (sets of words, not shingles): candidates for the alignment check of short
# edited copies, whose word shingles a 10 % edit breaks (vaultkit.dedup.lexical.align).
TOKEN_PERM = 64


@dataclass(frozen=True)
class NoteFeatures:
    """`key`: exact-layer identity ("" for an empty body); `words`: word count of the normalised
    body; `script`: dominant script (`en`, `ru`, `other`, `none`); `signature`: MinHash values
    (uint32 × num_perm) and `sample`: sorted uint64 shingle hashes with zero top bits, both empty
    for notes under `min_words`; `fingerprint`: lexical.fingerprint_of the shingle hashes
    (uint16, sorted, empty under `min_words`); `shingle`/`num_perm`: the options they were
    computed with; `version`: FEATURES_VERSION when computed."""

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
    fingerprint: bytes = b""
    version: int = 0
    language: str = ""  # text.detect_language: en, de, fr, …, ru, other, none
    tokens: bytes = b""  # MinHash (uint32 × TOKEN_PERM) of the set of words; empty under min_words
    lines: bytes = b""  # text.line_keys hashes (uint64) of the distinct lines …
    line_words: bytes = b""  # … and their letter-word counts (uint16)
    letter_words: int = 0  # words with a letter in them
    unfilled: bool = False  # text.structure_only: a template with nothing filled in

    def matches(self, options: DedupOptions) -> bool:
        return (self.shingle, self.num_perm, self.chunk_words, self.version) == (
            options.shingle, options.num_perm, options.chunk_words, FEATURES_VERSION,
        )


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

    sampled: Hashes = hashes[(hashes >> np.uint64(SAMPLE_SHIFT)) == 0]
    return sampled


def shingle_set(normalised: str, options: DedupOptions) -> Hashes:
    return shingler(options.shingle).hashes(text.words(normalised))  # type: ignore[attr-defined, no-any-return]


def note_features(body: str, options: DedupOptions) -> NoteFeatures:
    import numpy as np

    from vaultkit.dedup.lexical import fingerprint_of
    from vaultkit.dedup.semantic import vector_key

    stripped = text.strip_markdown(body)
    paragraphs = text.paragraphs_of_stripped(stripped)
    # The paragraphs are the stripped text's words, whitespace-folded, in order, so joined with
    # spaces they are text.fold_stripped(stripped) before case folding; a folded paragraph has
    # one space between words, so its word count is its spaces plus one.
    normalised = " ".join(paragraphs).casefold()
    vector = vector_key(paragraphs, options)
    prose_words = sum(p.count(" ") + 1 for p in paragraphs)
    tokens = text.words(normalised)
    script = text.detect_script(normalised).code
    language = text.detect_language(normalised, script)
    line_hashes, line_counts = text.line_keys(stripped)
    key = exact.exact_key(normalised) if normalised else ""
    signature_bytes = sample_bytes = fingerprint = token_bytes = b""
    count = 0
    if len(tokens) >= options.min_words:
        hashes = shingler(options.shingle).hashes(tokens)  # type: ignore[attr-defined]
        signature_bytes = signature(hashes, options.num_perm).tobytes()
        sample_bytes = sample_of(hashes).tobytes()
        fingerprint = fingerprint_of(hashes).tobytes()
        count = len(hashes)
        token_bytes = signature(shingler(1).hashes(tokens), TOKEN_PERM).tobytes()  # type: ignore[attr-defined]
    return NoteFeatures(
        key, len(tokens), script, signature_bytes, sample_bytes, count, options.shingle, options.num_perm,
        vector_key=vector, prose_words=prose_words, chunk_words=options.chunk_words, fingerprint=fingerprint,
        version=FEATURES_VERSION, language=language, tokens=token_bytes,
        lines=np.asarray(line_hashes, dtype=np.uint64).tobytes(),
        line_words=np.asarray(line_counts, dtype=np.uint16).tobytes(),
        letter_words=sum(1 for t in tokens if not t.isdecimal()),
        unfilled=text.structure_only(body),
    )
