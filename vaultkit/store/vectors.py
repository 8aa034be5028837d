"""The vector cache: note vectors cached by (content hash, model id) under VAULT/.vaultkit/cache/vectors/.

One `.npz` file per model (keys and float16 vectors: cosine error < 1e-3), rewritten atomically
(temporary file + rename) only when new vectors were computed. A warm run over 10k unchanged
notes reads one 8 MB file and never loads the model.

The file is the vault's, so hostile input: it is read with `allow_pickle=False` (arrays of
plain dtypes only, never an object array), its arrays must have the expected dtypes and shapes,
and a folder or file reached through a symlink is neither read nor written (vectors_dir).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from vaultkit.store.atomic import atomic_write
from vaultkit.store.paths import cache_dir, prepare_dir, safe_cache_path

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

# Entries not used by the latest run are dropped once the file holds more than this many.
MAX_ENTRIES = 200_000
KEY_BYTES = 16  # semantic.vector_key: a BLAKE2b-128 digest


def vectors_dir(root: Path) -> Path | None:
    """The vector cache's folder, or None when it is not safely inside the vault (a symlinked
    `.vaultkit` or cache folder: the run goes without a vector cache)."""
    return safe_cache_path(root, cache_dir(root) / "vectors")


class VectorCache:
    def __init__(self, folder: Path | None, model_id: str) -> None:
        self.model_id = model_id
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", model_id.split(" ")[0])[:40]
        digest = hashlib.sha256(model_id.encode()).hexdigest()[:12]
        self.path = folder / f"{slug}-{digest}.npz" if folder is not None else None
        self._rows: dict[bytes, npt.NDArray[np.float16]] = {}
        self._used: set[bytes] = set()
        self._dirty = False
        self._load()

    def _load(self) -> None:
        import numpy as np

        if self.path is None or self.path.is_symlink() or not self.path.is_file():
            return
        try:
            with np.load(self.path, allow_pickle=False) as data:
                if str(data["model_id"]) != self.model_id:
                    return
                keys, vectors = data["keys"], data["vectors"]
        except Exception:  # noqa: BLE001 - a damaged or hostile cache is a cold run
            return
        if keys.dtype != np.uint8 or keys.ndim != 2 or keys.shape[1] != KEY_BYTES or len(keys) != len(vectors):
            return  # an older layout (fixed-width byte strings, which lose trailing NULs): cold
        if vectors.dtype != np.float16 or vectors.ndim != 2:
            return
        self._rows = {row.tobytes(): vector for row, vector in zip(keys, vectors, strict=True)}

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, npt.NDArray[np.float16]]:
        found = {}
        for key in keys:
            row = self._rows.get(key)
            if row is not None:
                found[key] = row
                self._used.add(key)
        return found

    def put_many(self, vectors: Mapping[bytes, npt.NDArray[np.float32]]) -> None:
        import numpy as np

        for key, vector in vectors.items():
            self._rows[key] = vector.astype(np.float16)
            self._used.add(key)
            self._dirty = True

    def save(self) -> None:
        import numpy as np

        if self.path is None or not self._dirty or not self._rows:
            return
        if len(self._rows) > MAX_ENTRIES:
            self._rows = {k: v for k, v in self._rows.items() if k in self._used}
        # Keys as rows of raw bytes: numpy's fixed-width "S16" strips trailing NUL bytes, so one
        # key in 256 came back shorter and its note was embedded again on every warm run.
        keys = np.frombuffer(b"".join(self._rows), dtype=np.uint8).reshape(len(self._rows), KEY_BYTES)
        vectors = np.stack(list(self._rows.values())).astype(np.float16)
        buffer = io.BytesIO()
        np.savez(buffer, keys=keys, vectors=vectors, model_id=np.array(self.model_id))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            prepare_dir(self.path.parent.parent)
            if self.path.parent.is_symlink() or self.path.parent.parent.is_symlink():
                return  # swapped for a symlink during the run: never write through it
            atomic_write(self.path, buffer.getbuffer().tobytes())
        except OSError:  # a read-only vault is still checked, just not cached
            pass
        self._dirty = False
