"""Duplicate notes with the real packaged model (marked `model`), the seeds end to end, and the
vector cache (with a stand-in backend, so it also runs where torch is not installed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from tests.conftest import seed_path
from tests.dedup_notes import GARDEN, QUANT, QUANT_EDITED, QUANT_OTHER, QUANT_PARAPHRASE, QUANT_SECTION, make_note
from vaultkit.api import load_vault
from vaultkit.config import Config, config_from_mapping
from vaultkit.dedup import DedupOptions, find_duplicates
from vaultkit.store.vectors import vectors_dir

RUSSIAN = """# Квантование на практике

Квантование хранит каждый вес в меньшем числе бит, чем при обучении. Восьмибитная копия модели
занимает вдвое меньше памяти, а четырёхбитная — вчетверо меньше, поэтому ноутбук справляется с
моделями, которым раньше был нужен сервер. Платой служит точность: округление добавляет шум.
"""


@pytest.fixture
def seed_vault(make_vault):  # type: ignore[no-untyped-def]
    """Seeds 000–004 as notes; 001 as it is on disk (Mac Roman mojibake), repaired by the pipeline."""
    return make_vault({f"{n:03d}.md": seed_path(n).read_bytes() for n in range(5)})


def _flagged(result):  # type: ignore[no-untyped-def]
    return sorted((p.a, p.b, p.kind) for p in result.all_pairs() if p.flagged)


def _check_seed_pair(result) -> None:  # type: ignore[no-untyped-def]
    assert _flagged(result) == [("000.md", "001.md", "contained")]
    (pair,) = result.flagged_pairs
    assert pair.containment is not None and pair.containment > 0.95
    assert pair.difference is not None
    (block,) = pair.difference.only_in_b  # 001 = 000 plus one section …
    assert block.lines == 73  # … of 73 lines
    assert block.heading is not None and block.heading.startswith("# Связанные идеи")
    assert pair.difference.only_in_a == ()


def test_seed_001_is_000_with_a_section_of_73_lines(seed_vault) -> None:  # type: ignore[no-untyped-def]
    index = load_vault(seed_vault, use_cache=False)
    _check_seed_pair(find_duplicates(index.notes, index.config, layers=("exact", "lexical"), root=seed_vault))


def test_seed_001_with_mac_roman_factory(seed_vault) -> None:  # type: ignore[no-untyped-def]
    """The same through a factory that repairs 001 itself, independent of the mojibake stage."""
    from tests.conftest import seed_text

    notes = [make_note(f"{n:03d}.md", seed_text(n, repaired=n == 1)) for n in range(5)]
    _check_seed_pair(find_duplicates(notes, Config(), layers=("exact", "lexical")))


@pytest.mark.model
def test_seeds_with_all_layers(seed_vault) -> None:  # type: ignore[no-untyped-def]
    index = load_vault(seed_vault, use_cache=False)
    result = find_duplicates(index.notes, index.config, root=seed_vault)
    _check_seed_pair(result)  # 002, 003 and 004 are related texts, not duplicates (USE: 002~003 0.81 < 0.85)
    assert result.skipped is None  # the default backend (USE-multilingual-v3) covers Russian
    minilm = find_duplicates(index.notes, index.config, root=seed_vault, options=DedupOptions(backend="sentence-transformers"))
    _check_seed_pair(minilm)
    assert minilm.skipped is not None and minilm.skipped.startswith("semantic check skipped for 1 Russian note:")


@pytest.mark.model
def test_paraphrase_found_and_same_topic_note_not(tmp_path: Path) -> None:
    notes = [
        make_note("quant.md", QUANT),
        make_note("quant rewritten.md", QUANT_PARAPHRASE.replace("one or two benchmark points", "a benchmark point or two")),
        make_note("training.md", QUANT_OTHER),
        make_note("garlic.md", GARDEN),
    ]
    minilm = DedupOptions(backend="sentence-transformers", semantic_threshold=0.85)
    result = find_duplicates(notes, Config(), layers=("semantic",), options=minilm)
    assert _flagged(result) == [("quant rewritten.md", "quant.md", "semantic")] or _flagged(result) == [
        ("quant.md", "quant rewritten.md", "semantic")
    ]
    (pair,) = result.flagged_pairs
    assert pair.cosine is not None and 0.85 <= pair.cosine < 0.95
    default_minilm = DedupOptions(backend="sentence-transformers")
    assert find_duplicates(notes, Config(), layers=("semantic",), options=default_minilm).flagged_pairs == ()  # under 0.90
    use = find_duplicates(notes, Config(), layers=("semantic",))  # USE, floor 0.85
    assert {frozenset((p.a, p.b)) for p in use.flagged_pairs} == {frozenset(("quant.md", "quant rewritten.md"))}


@pytest.mark.model
def test_russian_notes_are_skipped_and_the_run_says_so_once() -> None:
    notes = [make_note("ru1.md", RUSSIAN), make_note("ru2.md", RUSSIAN.replace("Платой", "Ценой")), make_note("en.md", QUANT)]
    result = find_duplicates(notes, Config(), layers=("semantic",), options=DedupOptions(backend="sentence-transformers"))
    assert result.flagged_pairs == ()  # MiniLM would score unrelated Russian notes 0.7+
    assert result.skipped == (
        "semantic check skipped for 2 Russian notes: model all-MiniLM-L6-v2 is English-only; "
        'set dedup.backend = "use" or dedup.model to a multilingual model'
    )


@pytest.mark.model
def test_long_notes_are_chunked_not_truncated() -> None:
    """Two notes that share their first 256 tokens but differ after them must not look identical."""
    filler = " ".join(QUANT.split()) + " "
    shared = filler * 3
    a = make_note("a.md", shared + QUANT_OTHER * 3)
    b = make_note("b.md", shared + GARDEN * 4)
    result = find_duplicates([a, b], Config(), layers=("semantic",), options=DedupOptions(semantic_threshold=0.5))
    (pair,) = result.flagged_pairs
    assert pair.cosine is not None and pair.cosine < 0.9


class FakeBackend:
    """Vectors from word counts: enough to test caching and routing without torch."""

    calls: ClassVar[list[int]] = []

    def __init__(self, name: str) -> None:
        self.model_id = f"fake:{name}"

    def encode(self, texts, *, batch_size, progress):  # type: ignore[no-untyped-def]
        FakeBackend.calls.append(len(texts))
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, t in enumerate(texts):
            for word in t.split():
                out[row, hash(word.strip(".,").lower()) % 64] += 1
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def test_vectors_are_cached_by_content_and_model(tmp_path: Path) -> None:
    notes = [make_note("a.md", QUANT), make_note("b.md", QUANT_EDITED), make_note("c.md", GARDEN)]
    FakeBackend.calls = []
    first = find_duplicates(notes, Config(), layers=("semantic",), root=tmp_path, backend_factory=FakeBackend)
    assert first.stats["semantic_embedded"] == 3
    assert list(vectors_dir(tmp_path).glob("*.npz"))
    again = find_duplicates(notes, Config(), layers=("semantic",), root=tmp_path, backend_factory=FakeBackend)
    assert (again.stats["semantic_embedded"], again.stats["semantic_cached"]) == (0, 3)
    assert FakeBackend.calls == [FakeBackend.calls[0]]  # the second run never called the model
    assert _flagged(again) == _flagged(first)
    changed = [notes[0], notes[1], make_note("c.md", GARDEN + "\nAnd water them in dry weather.\n")]
    third = find_duplicates(changed, Config(), layers=("semantic",), root=tmp_path, backend_factory=FakeBackend)
    assert (third.stats["semantic_embedded"], third.stats["semantic_cached"]) == (1, 2)
    other_model = DedupOptions(model="another-model")
    fourth = find_duplicates(
        notes, Config(), layers=("semantic",), root=tmp_path, options=other_model, backend_factory=FakeBackend
    )
    assert fourth.stats["semantic_embedded"] == 3


def test_multilingual_model_compares_russian_and_english_together() -> None:
    config = config_from_mapping({"dedup": {"model": "my-multilingual-model"}})
    notes = [make_note("ru.md", RUSSIAN), make_note("en.md", QUANT), make_note("en2.md", QUANT_SECTION)]
    result = find_duplicates(notes, config, layers=("semantic",), backend_factory=FakeBackend)
    assert result.skipped is None
    assert result.stats["semantic_embedded"] == 3


def test_hnsw_and_exact_search_agree() -> None:
    from vaultkit.dedup.search import ExactSearch, HnswSearch, mutual_pairs

    rng = np.random.default_rng(0)
    x = rng.standard_normal((600, 32)).astype(np.float32)
    x[500:] = x[:100] + 0.05 * rng.standard_normal((100, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    exact = mutual_pairs(ExactSearch().neighbours(x, 3, 0.9))
    approx = mutual_pairs(HnswSearch().neighbours(x, 3, 0.9))
    assert len(exact) == 100
    assert {(i, j) for i, j, _ in approx} == {(i, j) for i, j, _ in exact}


@pytest.mark.model
def test_warm_cache_does_not_import_torch(tmp_path: Path, make_vault) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"a.md": QUANT, "b.md": QUANT_PARAPHRASE, "c.md": GARDEN})
    code = (
        "import sys\n"
        "from vaultkit.api import load_vault\n"
        "from vaultkit.dedup import find_duplicates\n"
        f"index = load_vault({str(root)!r}, use_cache=False, jobs=1)\n"
        f"r = find_duplicates(index.notes, index.config, root=index.root)\n"
        "print(r.stats['semantic_embedded'], 'torch' in sys.modules)\n"
    )
    cwd = Path(__file__).resolve().parents[1]
    cold = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=True)
    warm = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=True)
    assert cold.stdout.split() == ["3", "False"]  # the default backend is numpy only
    assert warm.stdout.split() == ["0", "False"]
    (root / "vaultkit.toml").write_text('[dedup]\nbackend = "sentence-transformers"\n', encoding="utf-8")
    cold = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=True)
    warm = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, check=True)
    assert cold.stdout.split() == ["3", "True"]
    assert warm.stdout.split() == ["0", "False"]


@pytest.mark.model
def test_cli_dupes_all_layers_on_seeds(seed_vault, capsys) -> None:  # type: ignore[no-untyped-def]
    from vaultkit.cli import main

    assert main(["dupes", str(seed_vault)]) == 0
    out = capsys.readouterr().out
    assert "contained-in   000.md ⊂ 001.md" in out
    assert "001.md adds 73 lines (section '# Связанные идеи для понимания размера LLM в коде и памяти')" in out
    assert "note: semantic check skipped" not in out  # the default backend covers Russian
    assert "1 pair, 0 clusters" in out


class RecordingBackend(FakeBackend):
    """FakeBackend that keeps the texts it was asked to embed."""

    texts: ClassVar[list[str]] = []

    def encode(self, texts, *, batch_size, progress):  # type: ignore[no-untyped-def]
        RecordingBackend.texts.extend(texts)
        return super().encode(texts, batch_size=batch_size, progress=progress)


def _numbered(paragraphs: int, words: int = 40, tag: str = "w") -> str:
    return "\n\n".join(" ".join(f"{tag}{p}x{i}" for i in range(words)) for p in range(paragraphs))


def test_long_note_is_embedded_from_a_bounded_sample_spread_over_it() -> None:
    """A long note costs at most EMBED_CHUNKS chunks, taken from its start to its end; a note
    that fits is embedded whole."""
    from vaultkit.dedup.semantic import EMBED_CHUNKS

    long_body = _numbered(40)  # 1,600 words: 10 chunks of 160
    short_body = _numbered(3, tag="s")  # 120 words: one chunk
    notes = [make_note("long.md", long_body), make_note("short.md", short_body)]
    RecordingBackend.texts = []
    result = find_duplicates(notes, Config(), layers=("semantic",), backend_factory=RecordingBackend)
    assert result.stats["semantic_embedded"] == 2
    sent = RecordingBackend.texts
    long_parts = [t for t in sent if t.startswith("w")]
    assert len(long_parts) == EMBED_CHUNKS
    assert long_parts[0].split()[0] == "w0x0" and long_parts[-1].split()[-1] == "w39x39"
    assert sum(len(t.split()) for t in long_parts) == EMBED_CHUNKS * DedupOptions().chunk_words
    assert [t for t in sent if t.startswith("s")] == [" ".join(short_body.split())]


def test_a_few_words_changed_move_the_sample_by_a_few_words() -> None:
    """The windows sit at fractions of the note's length, so an edited copy of a long note is
    sampled at (almost) the same words: every window shares ≥ 90 % of its words."""
    from vaultkit.dedup.semantic import note_chunks

    original = _numbered(40).split("\n\n")
    edited = list(original)
    edited[3] = edited[3] + " one two three four five six seven eight"  # 8 words more, near the start
    edited[30] = " ".join(edited[30].split()[:-6])  # 6 fewer, near the end
    for a, b in zip(note_chunks(original, 160, 4), note_chunks(edited, 160, 4), strict=True):
        shared = set(a[0].split()) & set(b[0].split())
        assert len(shared) >= 0.9 * a[1]


def test_embedding_shows_loading_line_and_a_bar_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    notes = [make_note("a.md", QUANT), make_note("b.md", QUANT_EDITED), make_note("c.md", GARDEN)]
    find_duplicates(notes, Config(), layers=("semantic",), progress=True, backend_factory=FakeBackend)
    err = capsys.readouterr().err
    assert "loading the embedding model" in err
    assert "embedding 3 notes" in err
    find_duplicates(notes, Config(), layers=("semantic",), progress=False, backend_factory=FakeBackend)
    assert capsys.readouterr().err == ""
