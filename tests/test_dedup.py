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
    [
        ("Plain English text", "en"),
        ("Русский текст with a few English words", "ru"),
        ("日本語のテキスト", "other"),
        ("123 456", "none"),
    ],
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
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
    }
    def run(*a: str, when: str) -> None:
        subprocess.run(
            ["git", "-C", str(root), *a],
            check=True,
            capture_output=True,
            env={**env, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when},
        )

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
    notes = [make_note(f"daily{i}.md", f"# Day {i}\n\n- [ ] water plants\n") for i in range(3)] + [
        make_note("e1.md", ""),
        make_note("e2.md", "  \n"),
    ]
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
    assert DedupOptions().multilingual  # the default backend, USE-multilingual-v3
    assert not DedupOptions(backend="sentence-transformers").multilingual  # all-MiniLM-L6-v2
    for bad in ({"near_threshold": 2}, {"neighbours": 0}, {"modle": "x"}, {"model_languages": 3}, {"backend": "torch"}):
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
    for a, b in zip(sets[::2], sets[1::2], strict=False):
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
    import random

    import numpy as np

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
        "r = find_duplicates([make_note('a.md', QUANT), make_note('b.md', QUANT_EDITED)], Config(),"
        " layers=('exact', 'lexical'))\n"
        "assert len(r.pairs) == 1\n"
        "heavy = sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], check=True
    )
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

    from vaultkit.store.vectors import VectorCache

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


def _without_stats(result) -> dict[str, object]:  # type: ignore[no-untyped-def]
    out = result.to_dict()
    out.pop("stats")
    return out  # type: ignore[no-any-return]


def test_overlap_bounds_never_undercount() -> None:
    """The fingerprint bound is at least the true overlap for every pair (it may only drop pairs
    that cannot pass), and close to it."""
    import numpy as np

    from vaultkit.dedup.lexical import common_upper_bounds, fingerprint_of

    sets = [*_edited_sets(count=40), np.empty(0, dtype=np.uint64)]
    pairs = np.array([(i, j) for i in range(len(sets)) for j in range(i + 1, len(sets))], dtype=np.int64)
    bounds = common_upper_bounds(pairs, [fingerprint_of(s) for s in sets])
    exact = np.array([len(np.intersect1d(sets[i], sets[j])) for i, j in pairs.tolist()])
    assert (bounds >= exact).all()
    assert (bounds - exact).max() <= 10


def test_pruned_verification_reports_what_full_verification_reports() -> None:
    """Dropping the candidates whose overlap bound fails both thresholds changes nothing: the
    same matches, with the same scores, as verifying every candidate on its full shingle sets."""
    import numpy as np

    from tests.dedup_notes import pool_notes
    from vaultkit.dedup import text
    from vaultkit.dedup.features import note_features, shingle_set
    from vaultkit.dedup.lexical import find_lexical_pairs

    opts = DedupOptions()
    bodies = [body for _, body in pool_notes(120)]
    feats = [note_features(b, opts) for b in bodies]
    sigs = np.stack([np.frombuffer(f.signature, dtype=np.uint32) for f in feats])
    samples = [np.frombuffer(f.sample, dtype=np.uint64) for f in feats]
    asked: list[int] = []

    def shingles(row: int):  # type: ignore[no-untyped-def]
        asked.append(row)
        return shingle_set(text.normalise(bodies[row]), opts)

    every = find_lexical_pairs(sigs, samples, shingles, min_jaccard=0.5, min_containment=0.8)
    asked_every = len(set(asked))
    asked.clear()
    stats: dict[str, object] = {}
    pruned = find_lexical_pairs(
        sigs,
        samples,
        shingles,
        min_jaccard=0.5,
        min_containment=0.8,
        sizes=[f.shingles for f in feats],
        fingerprints=[np.frombuffer(f.fingerprint, dtype=np.uint16) for f in feats],
        stats=stats,
    )
    assert pruned == every and len(every) >= 6
    assert stats["verified"] < stats["candidates"] and len(set(asked)) < asked_every  # type: ignore[operator]


def test_incremental_pairs_equal_a_full_recomputation() -> None:
    """With a pair cache from an earlier run, editing, adding and removing notes gives exactly
    what a run without the cache gives; unchanged pairs are looked up, not verified again."""
    from tests.dedup_notes import pool_notes

    notes = [make_note(path, body) for path, body in pool_notes(120)]
    cache: dict[tuple[str, str], int] = {}
    first = find_duplicates(notes, Config(), layers=FAST, pair_cache=cache)
    assert _without_stats(first) == _without_stats(find_duplicates(notes, Config(), layers=FAST))
    assert cache and first.stats["lexical_known"] == 0
    flagged = [p for p in first.all_pairs() if p.kind in ("near", "contained")]
    by_path = {n.path: n for n in notes}
    edited_path = flagged[0].b
    removed_path = flagged[1].a if flagged[1].a not in (flagged[0].a, flagged[0].b) else flagged[1].b
    edited = by_path[edited_path].body.replace(" ", "  ").replace("model", "network")  # a real edit, not only spacing
    changed = [make_note(edited_path, edited) if n.path == edited_path else n for n in notes if n.path != removed_path]
    changed.append(make_note("pool/new copy.md", by_path[flagged[2].a].body + "\nOne more line of text.\n"))
    again = find_duplicates(changed, Config(), layers=FAST, pair_cache=cache)
    full = find_duplicates(changed, Config(), layers=FAST)
    assert _without_stats(again) == _without_stats(full)
    assert _without_stats(again) != _without_stats(first)
    assert again.stats["lexical_known"] > 0
    assert again.stats["lexical_rebuilt"] < full.stats["lexical_rebuilt"]
    removed_key = by_path[removed_path].dedup.key
    assert all(removed_key not in pair for pair in cache)  # pairs of a removed note are forgotten


def test_verify_after_an_edit_equals_a_cold_run(make_vault) -> None:  # type: ignore[no-untyped-def]
    """verify with its cache (which keeps the verified overlaps) reports, after a note changes,
    what a run without any cache reports."""
    from tests.dedup_notes import pool_notes
    from vaultkit.api import load_vault, verify

    root = make_vault(dict(pool_notes(40)))

    def dupes(use_cache: bool) -> list[tuple[str, str, str]]:
        findings = verify(load_vault(root, use_cache=use_cache, jobs=1))
        return sorted((f.rule, f.path, f.message) for f in findings if f.rule.startswith("VK50"))

    assert dupes(True) == dupes(False)
    edited = root / "pool" / "copy0.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    (root / "pool" / "copy1.md").unlink()
    assert dupes(True) == dupes(False)


def test_old_cached_features_are_computed_again() -> None:
    """Features cached by an earlier version (no fingerprint) are not used."""
    from dataclasses import replace

    from vaultkit.dedup.features import FEATURES_VERSION, note_features
    from vaultkit.dedup.pipeline import features_for

    note = make_note("a.md", QUANT)
    fresh = note_features(note.body, DedupOptions())
    assert fresh.version == FEATURES_VERSION and fresh.fingerprint
    stale = replace(fresh, fingerprint=b"", version=0)
    assert features_for(replace(note, dedup=stale), DedupOptions()) == fresh


# The text functions as first written (one regex pass each): the fast versions must agree.
def _reference_strip(body: str) -> str:
    import re
    import unicodedata

    from vaultkit.dedup import text

    out = unicodedata.normalize("NFC", body)
    out = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", out).replace("\r\n", "\n").replace("\r", "\n")
    out = text._COMMENTS.sub(" ", out)
    out = text._PLUGIN_BLOCK.sub(" ", out)
    out = text._PLUGIN_LINES.sub("", out)
    out = text._BLOCK_ID.sub("", out)
    out = text._WIKILINK.sub(text._link_text, out)
    out = text._MDLINK.sub(r"\1", out)
    out = text._FENCE.sub("", out)
    out = text._RULE.sub("", out)
    out = text._LINE_MARKUP.sub("", out)
    return re.sub(r"[*_~=`]+|\$\$?", "", out)


def _reference_script(value: str) -> tuple[str, float]:
    import re

    letters = len(re.findall(r"[^\W\d_]", value))
    if not letters:
        return ("none", 0.0)
    cyrillic, latin = len(re.findall("[\u0400-\u052f]", value)), len(re.findall("[A-Za-z\u00c0-\u024f]", value))
    share = cyrillic / letters
    return ("ru" if share >= 0.3 else "other" if letters - latin - cyrillic > latin else "en", share)


def test_fast_text_functions_agree_with_their_regex_definitions() -> None:
    import random
    import re

    from vaultkit.dedup import text

    rng = random.Random(4)
    parts = [
        *" \t\n\n\r-*_~=`$>#+[]|()!%<:19aZx.é\u0301Жж߲½٣\u2014\u3000\u00a0\x1c\u2028\u200b\u00ad\U0001f600ǅİ",
        "```",
        "~~~",
        "[[",
        "]]",
        "](",
        "%%",
        "<!--",
        "-->",
        "- [ ] ",
        "1. ",
        "> ",
        "## ",
        "---",
        "* * *",
        "$$",
        "[[a|b]]",
        "[[x/y#h]]",
        "![[e]]",
        '[t](u "v")',
        "\n\n  \n",
        QUANT[:80],
        "Кэш ключей растёт. ",
    ]
    samples = [
        QUANT,
        QUANT_SECTION,
        GARDEN,
        mojibake(QUANT),
        "",
        *("".join(rng.choice(parts) for _ in range(rng.randint(0, 40))) for _ in range(3000)),
    ]
    for body in samples:
        stripped = text.strip_markdown(body)
        assert stripped == _reference_strip(body), body
        assert text.fold_stripped(stripped) == re.sub(r"\s+", " ", stripped).strip().casefold()
        assert text.paragraphs_of_stripped(stripped) == [
            b for b in (re.sub(r"\s+", " ", block).strip() for block in re.split(r"\n[ \t]*\n+", stripped)) if b
        ]
        assert text.words(text.fold_stripped(stripped)) == re.findall(r"\w+", text.fold_stripped(stripped))
        assert text.words(body) == re.findall(r"\w+", body)
        for value in (body, text.fold_stripped(stripped)):
            found = text.detect_script(value)
            assert (found.code, found.cyrillic_share) == _reference_script(value), value


def test_containment_candidates_same_in_small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """The containment search makes its pair codes a slice at a time, filed by first note into
    buckets (bounded memory); tiny slices and many buckets must find exactly the same pairs."""
    import numpy as np

    from vaultkit.dedup import lexical

    rng = np.random.default_rng(3)
    samples = [np.unique(rng.integers(0, 40_000, size=120).astype(np.uint64)) for _ in range(600)]
    samples += [s[:80].copy() for s in samples[:25]]  # notes held inside others
    whole = lexical.containment_candidate_rows(samples)
    assert {(i, 600 + i) for i in range(25)} <= set(map(tuple, whole.tolist()))
    monkeypatch.setattr(lexical, "CODE_SLICE", 64)
    sliced = lexical.containment_candidate_rows(samples)
    assert np.array_equal(sliced, whole)


def test_contained_note_found_despite_boilerplate_shared_by_many_notes() -> None:
    """A paragraph pasted into dozens of notes (a template's disclaimer) is boilerplate: it must
    not keep a note held inside a bigger one from being found (it did when the shared hashes
    counted against the pair)."""
    boiler = " ".join(f"Template rule {w} of the reading group archive keeps section {w * 3} in place." for w in range(20))
    notes = [
        make_note(f"topic{k}.md", f"# Topic {k}\n\n{boiler}\n\nTopic {k} asks question {k * 7} about item {k * 13}.\n")
        for k in range(40)
    ]
    small = "# Pruning\n\n" + boiler + "\n\n" + QUANT.split("\n\n")[1]
    added = " ".join(f"Added remark {w} compares pruning run {w * 5} with quantised run {w * 11}." for w in range(60))
    notes.append(make_note("pruning.md", small))
    notes.append(make_note("pruning long.md", small + "\n\n## More\n\n" + added + "\n"))
    result = find_duplicates(notes, layers=("exact", "lexical"))
    assert (
        kinds(result).get(("pruning long.md", "pruning.md")) == "contained"
        or kinds(result).get(("pruning.md", "pruning long.md")) == "contained"
    )
