"""Duplicate notes, exact and lexical layers: what a user sees for copies, edits, containment."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dedup_notes import GARDEN, QUANT, QUANT_EDITED, QUANT_OTHER, QUANT_PARAPHRASE, QUANT_SECTION, make_note, mojibake
from vaultkit.cli import main
from vaultkit.config import Config, config_from_mapping
from vaultkit.dedup import DedupOptions, find_duplicates
from vaultkit.dedup.features import sample_of, signature
from vaultkit.dedup.lexical import Shingler, containment_candidates, jaccard_candidates, lsh_params, verify
from vaultkit.dedup.text import detect_script, normalise
from vaultkit.errors import ConfigError

FAST = ("exact", "lexical")


def kinds(result) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    return {(p.a, p.b): p.kind for p in result.all_pairs() if p.flagged}


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Hello  world\n", "hello world", True),
        ("# Title\n\nText", "Title\nText", True),
        ("See [[Notes/Other note|the other]]", "see the other", True),
        ("See [[Notes/Other note]]", "See Other note", True),
        ("**bold** and _it_", "bold and it", True),
        ("A ![[picture.png]] here", "a here", True),
        ("- item\n- item two", "item item two", True),
        ("Cafe\u0301", "Café", True),  # NFC
        ("one two", "one three", False),
    ],
    ids=["whitespace-case", "heading", "wikilink-alias", "wikilink-path", "emphasis", "embed", "list", "nfc", "different"],
)
def test_normalise_folds_what_does_not_change_meaning(left: str, right: str, same: bool) -> None:
    assert (normalise(left) == normalise(right)) is same


@pytest.mark.parametrize(
    ("text", "code"),
    [("Plain English text", "en"), ("Русский текст with a few English words", "ru"), ("日本語のテキスト", "other"), ("123 456", "none")],
    ids=["english", "russian-mixed", "japanese", "no-letters"],
)
def test_detect_script(text: str, code: str) -> None:
    assert detect_script(text).code == code


CASES = [
    ("exact copy, other front matter", QUANT, QUANT, "exact"),
    ("copy with different whitespace and case", QUANT, QUANT.upper().replace("\n\n", "\n\n\n"), "exact"),
    ("lightly edited copy", QUANT, QUANT_EDITED, "near"),
    ("copy with an added section", QUANT, QUANT_SECTION, "contained"),
    ("paraphrase", QUANT, QUANT_PARAPHRASE, None),
    ("same topic, other note", QUANT, QUANT_OTHER, None),
    ("unrelated", QUANT, GARDEN, None),
]


@pytest.mark.parametrize(("label", "a", "b", "kind"), CASES, ids=[c[0] for c in CASES])
def test_fast_layers_classify_pairs(label: str, a: str, b: str, kind: str | None) -> None:
    notes = [make_note("a.md", a, properties="created: 2025-01-01\n"), make_note("b.md", b, properties="created: 2025-03-01\n")]
    result = find_duplicates(notes, Config(), layers=FAST)
    assert kinds(result) == ({("a.md", "b.md"): kind} if kind else {})


def test_mojibake_copy_matches_its_original_after_repair(make_vault) -> None:  # type: ignore[no-untyped-def]
    from vaultkit.api import load_vault

    root = make_vault({"Quant.md": QUANT, "Quant (broken).md": mojibake(QUANT.replace("fewer", "fewer — ещё меньше"))})
    result = find_duplicates(load_vault(root, use_cache=False).notes, Config(), layers=FAST)
    assert [(sorted((p.a, p.b)), p.kind) for p in result.all_pairs()] == [(["Quant (broken).md", "Quant.md"], "near")]


def test_contained_pair_names_the_added_section_and_its_size() -> None:
    notes = [make_note("small.md", QUANT), make_note("big.md", QUANT_SECTION)]
    (pair,) = find_duplicates(notes, Config(), layers=FAST).pairs
    assert (pair.a, pair.b, pair.kind) == ("small.md", "big.md", "contained")
    assert pair.containment == pytest.approx(1.0)
    assert pair.difference is not None
    (block,) = pair.difference.only_in_b
    assert block.heading == "## Further reading"
    assert block.lines == QUANT_SECTION.count("\n") - QUANT.count("\n")
    assert pair.difference.only_in_a == ()


@pytest.mark.parametrize(
    ("props_a", "props_b", "newer", "how"),
    [
        ("updated: 2025-05-01\n", "updated: 2025-02-01\n", "a.md", "front matter `updated`"),
        ("created: 2024-01-01\n", "created: 2025-01-01\n", "b.md", "front matter `created`"),
        ("", "", None, "unknown"),
    ],
    ids=["updated", "created", "no-dates"],
)
def test_newer_note_from_front_matter(props_a: str, props_b: str, newer: str | None, how: str) -> None:
    notes = [make_note("a.md", QUANT, properties=props_a), make_note("b.md", QUANT_EDITED, properties=props_b)]
    (pair,) = find_duplicates(notes, Config(), layers=FAST).pairs
    assert pair.difference is not None
    assert (pair.difference.newer, pair.difference.newer_by) == (newer, how)
    if newer:
        assert pair.b == newer  # the copy is the newer note


def test_newer_note_from_git_then_mtime(make_vault) -> None:  # type: ignore[no-untyped-def]
    import os
    import shutil

    from vaultkit.api import load_vault

    if shutil.which("git") is None:
        pytest.skip("git not installed")
    root = make_vault({"old.md": QUANT, "new.md": QUANT_EDITED})
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    run = lambda *a, when: subprocess.run(["git", "-C", str(root), *a], check=True, capture_output=True, env={**env, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when})  # noqa: E731
    run("init", "-q", when="2025-01-01T00:00:00")
    run("add", "new.md", when="2025-01-01T00:00:00")
    run("commit", "-qm", "new", when="2025-06-01T00:00:00")
    run("add", "old.md", when="2025-01-01T00:00:00")
    run("commit", "-qm", "old", when="2025-01-01T00:00:00")
    os.utime(root / "new.md", (1, 1))  # mtime says the opposite; git wins
    notes = load_vault(root, use_cache=False).notes
    (pair,) = find_duplicates(notes, Config(), layers=FAST, root=root).pairs
    assert (pair.a, pair.b, pair.difference.newer_by) == ("old.md", "new.md", "git")  # type: ignore[union-attr]


def test_three_copies_are_one_cluster_reported_once(make_vault) -> None:  # type: ignore[no-untyped-def]
    from vaultkit.api import load_vault, verify

    root = make_vault({"a.md": QUANT, "b.md": QUANT, "c.md": QUANT_EDITED, "d.md": GARDEN})
    index = load_vault(root, use_cache=False)
    result = find_duplicates(index.notes, Config(), layers=FAST)
    assert result.flagged_pairs == ()
    (cluster,) = result.clusters
    assert cluster.paths == ("a.md", "b.md", "c.md")
    assert cluster.kind == "exact"
    found = [f for f in verify(index) if f.rule.startswith("VK50")]
    assert [(f.rule, f.path) for f in found] == [("VK501", "a.md")]
    assert "3 notes are duplicates" in found[0].message


def test_pairs_that_link_to_each_other_are_marked_not_hidden() -> None:
    notes = [make_note("Quant.md", QUANT), make_note("Quant v2.md", QUANT + "\nRewritten from [[Quant]].\n")]
    (pair,) = find_duplicates(notes, Config(), layers=FAST).pairs
    assert pair.linked
    assert pair.kind == "near"


def test_short_and_empty_notes_are_not_lexical_duplicates() -> None:
    notes = [make_note(f"daily{i}.md", f"# Day {i}\n\n- [ ] water plants\n") for i in range(3)] + [make_note("e1.md", ""), make_note("e2.md", "  \n")]
    assert find_duplicates(notes, Config(), layers=FAST).all_pairs() == ()


def test_verify_reports_dupes_as_warnings_with_keys(make_vault) -> None:  # type: ignore[no-untyped-def]
    from vaultkit.api import exit_code, load_vault, verify

    root = make_vault({"small.md": QUANT, "big.md": QUANT_SECTION, "x.md": QUANT_OTHER})
    findings = [f for f in verify(load_vault(root, use_cache=False)) if f.rule.startswith("VK50")]
    assert [(f.rule, f.path, f.key) for f in findings] == [("VK503", "small.md", "contained:big.md")]
    assert "big.md adds 7 lines (section '## Further reading')" in findings[0].message
    assert exit_code(findings) == 0


def test_config_options_are_validated() -> None:
    config = config_from_mapping({"dedup": {"near-threshold": 0.9, "model": "some/multilingual-model"}})
    options = DedupOptions.from_config(config)
    assert options.near_threshold == 0.9
    assert options.multilingual
    assert not DedupOptions().multilingual
    for bad in ({"near_threshold": 2}, {"neighbours": 0}, {"modle": "x"}, {"model_languages": 3}):
        with pytest.raises(ConfigError):
            DedupOptions.from_config(config_from_mapping({"dedup": bad}))


def _edited_sets(seed: int = 3, count: int = 60) -> list[object]:
    """Shingle sets of random texts and edited copies of them (kept share 0.2-0.95)."""
    import random

    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(3000)]
    shingler = Shingler(5)
    sets = []
    for n in range(count // 2):
        base = [rng.choice(vocab) for _ in range(400)]
        keep = int(400 * (0.2 + 0.75 * n / (count // 2)))
        other = base[:keep] + [rng.choice(vocab) for _ in range(400 - keep)]
        sets += [shingler.hashes(base), shingler.hashes(other)]
    return sets


def test_minhash_estimates_jaccard() -> None:
    import numpy as np

    sets = _edited_sets()
    for a, b in zip(sets[::2], sets[1::2]):
        estimate = float(np.mean(signature(a, 128) == signature(b, 128)))
        assert abs(estimate - verify(a, b)[0]) < 0.12


def test_lsh_bands_are_datasketchs() -> None:
    """The banding parameters are the ones datasketch's MinHashLSH optimises to."""
    from datasketch.lsh import _optimal_param

    for threshold, num_perm in ((0.5, 128), (0.3, 128), (0.8, 64), (0.5, 256)):
        assert lsh_params(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


def test_lsh_candidates_match_datasketch() -> None:
    """Our numpy banding finds exactly the pairs datasketch's MinHashLSH finds from the same signatures."""
    import numpy as np
    from datasketch import LeanMinHash, MinHash, MinHashLSH

    sets = _edited_sets(count=80)
    sigs = np.stack([signature(s, 128) for s in sets])
    ours = jaccard_candidates(sigs, 0.5)
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    template = MinHash(num_perm=128)
    sketches = [LeanMinHash(seed=1, hashvalues=sig.astype(np.uint64), scheme=template.scheme) for sig in sigs]
    for i, m in enumerate(sketches):
        lsh.insert(i, m)
    theirs = {(min(i, j), max(i, j)) for i, m in enumerate(sketches) for j in lsh.query(m) if j != i}
    assert ours == theirs
    clear = {(i, i + 1) for i in range(0, len(sets), 2) if verify(sets[i], sets[i + 1])[0] >= 0.7}
    assert len(clear) >= 5 and clear <= ours  # every clear copy is a candidate


def test_containment_sample_is_consistent() -> None:
    """A note pasted into a bigger one has its whole sample inside the bigger one's sample."""
    import numpy as np
    import random

    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(5000)]
    small = [rng.choice(vocab) for _ in range(150)]
    big = [rng.choice(vocab) for _ in range(900)] + small + [rng.choice(vocab) for _ in range(900)]
    unrelated = [rng.choice(vocab) for _ in range(400)]
    shingler = Shingler(5)
    a, b, c = (sample_of(shingler.hashes(t)) for t in (small, big, unrelated))
    assert len(a) > 10 and np.isin(a, b).all()
    assert containment_candidates([a, b, c]) == {(0, 1)}


def test_fast_layers_do_not_import_torch() -> None:
    code = (
        "import sys\n"
        "from tests.dedup_notes import QUANT, QUANT_EDITED, make_note\n"
        "from vaultkit.config import Config\n"
        "from vaultkit.dedup import find_duplicates\n"
        "r = find_duplicates([make_note('a.md', QUANT), make_note('b.md', QUANT_EDITED)], Config(), layers=('exact', 'lexical'))\n"
        "assert len(r.pairs) == 1\n"
        "heavy = sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], check=True)
    assert done.stdout.strip() == ""


def test_cli_dupes_text_and_json(make_vault, capsys) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"small.md": QUANT, "big.md": QUANT_SECTION, "a.md": GARDEN, "b.md": GARDEN})
    assert main(["dupes", str(root), "--layer", "exact", "--layer", "lexical"]) == 0
    out = capsys.readouterr().out
    assert "contained-in   small.md ⊂ big.md" in out
    assert "duplicate      a.md = b.md" in out
    assert main(["dupes", str(root), "--layer", "lexical", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["layers"] == ["lexical"]
    assert [(p["a"], p["b"], p["kind"]) for p in doc["pairs"]] == [("a.md", "b.md", "near"), ("small.md", "big.md", "contained")]


@pytest.mark.parametrize(
    "argv",
    [["--threshold", "0.9"], ["--layer", "exact", "--threshold", "0.9"], ["--layer", "lexical", "--threshold", "1.5"]],
    ids=["no-layer", "exact-layer", "out-of-range"],
)
def test_cli_threshold_needs_one_tunable_layer(make_vault, capsys, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"a.md": QUANT})
    assert main(["dupes", str(root), *argv]) == 2
    assert "--threshold" in capsys.readouterr().err


def test_cli_lexical_threshold_changes_what_is_near(make_vault, capsys) -> None:  # type: ignore[no-untyped-def]
    root = make_vault({"a.md": QUANT, "b.md": QUANT_EDITED})
    main(["dupes", str(root), "--layer", "lexical", "--threshold", "0.99", "--format", "json"])
    assert [p["kind"] for p in json.loads(capsys.readouterr().out)["pairs"]] == ["overlap"]


def test_vector_cache_keeps_keys_ending_in_nul_bytes(tmp_path: Path) -> None:
    """Every stored vector is found again: keys are raw 16-byte digests, some ending in b"\\0"."""
    import numpy as np

    from vaultkit.dedup.vectors import VectorCache

    keys = [bytes([i]) * 15 + b"\0" for i in range(1, 40)] + [bytes(16), b"\0" * 8 + b"k" * 8]
    cache = VectorCache(tmp_path, "model-x")
    cache.put_many({k: np.full(4, i, dtype=np.float32) for i, k in enumerate(keys)})
    cache.save()
    again = VectorCache(tmp_path, "model-x").get_many(keys)
    assert set(again) == set(keys)
    assert [float(again[k][0]) for k in keys] == [float(i) for i in range(len(keys))]
    assert VectorCache(tmp_path, "model-y").get_many(keys) == {}  # another model's vectors are not used


def test_features_carry_the_semantic_vector_key() -> None:
    """The cached features key a note's vector exactly as the semantic layer keys its paragraphs,
    so a warm semantic run needs no note stripped again."""
    from tests.dedup_notes import QUANT, QUANT_SECTION

    from vaultkit.dedup import text
    from vaultkit.dedup.features import note_features
    from vaultkit.dedup.options import DedupOptions
    from vaultkit.dedup.semantic import vector_key

    opts = DedupOptions()
    for body in (QUANT, QUANT_SECTION, "# Only a title\n", ""):
        f = note_features(body, opts)
        paragraphs = text.paragraphs(body)
        assert f.vector_key == vector_key(paragraphs, opts)
        assert f.prose_words == sum(len(p.split()) for p in paragraphs)
    assert note_features(QUANT, opts).vector_key != note_features(QUANT, DedupOptions(chunk_words=80)).vector_key
