#!/usr/bin/env python3
"""Duplicate-layer timings on generated vaults: each layer, semantic cold and warm.

    python benchmarks/bench_dedup.py --notes 1000 10000 [--skip-cold-semantic-above N]
    python benchmarks/bench_dedup.py --search            # exact blocked search vs hnswlib
    python benchmarks/bench_dedup.py --against OLD_CHECKOUT --vault VAULT [--changed 5]

`--against` compares this checkout's exact and lexical layers with another checkout's (a
`git worktree add /tmp/old REV`), in one process on the same notes of VAULT (a generated vault:
benchmarks/generate.py): note_features CPU ms per note and identical features; find_duplicates
CPU seconds cold and after `--changed` notes are edited (this checkout reusing its pair cache
from the cold run), and identical pairs, kinds and scores each time. The other checkout's
vaultkit/dedup is copied under another package name so both import side by side.

Notes are generated from the sentences of benchmarks/dedup_labelled.py (our own prose), each
sentence with ~25 % of its words swapped for random vocabulary so notes do not copy each other;
80 % English, 20 % Russian; ~1.6 KB bodies with front matter, headings and a wikilink. 5 % of the
notes are injected duplicates (exact copies, edited copies, copies with an added section).
Every timing is one fresh `find_duplicates` call in this process on prebuilt Notes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _sentences() -> tuple[list[str], list[str]]:
    import dedup_labelled as L

    en, ru = [], []
    for t in L.TOPICS:
        for text in (t.original, t.section, t.paraphrase, t.negative):
            body = " ".join(line for line in text.splitlines() if line and not line.startswith("#"))
            parts = [s.strip() for s in re.split(r"(?<=[.!?])\s+", body) if len(s.split()) > 4]
            (ru if t.slug.endswith("-ru") else en).extend(parts)
    return en, ru


def generate_notes(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """(path, text) pairs."""
    rng = random.Random(seed)
    en, ru = _sentences()
    vocab = {"en": sorted({w for s in en for w in s.split()}), "ru": sorted({w for s in ru for w in s.split()})}

    def sentence(lang: str) -> str:
        words = rng.choice(en if lang == "en" else ru).split()
        return " ".join(rng.choice(vocab[lang]) if rng.random() < 0.25 else w for w in words)

    def body(lang: str, title: str) -> str:
        paras, size = [], 0
        while size < 1500:
            para = " ".join(sentence(lang) for _ in range(rng.randint(3, 5)))
            paras.append(para)
            size += len(para)
        return (
            f"# {title}\n\n"
            + "\n\n".join(paras[:2])
            + "\n\n## Notes\n\n"
            + "\n\n".join(paras[2:])
            + f"\n\nSee [[Topic {rng.randrange(100)}]]\n"
        )

    notes: list[tuple[str, str]] = []
    n_dup = n // 20
    for i in range(n - n_dup):
        lang = "ru" if rng.random() < 0.2 else "en"
        title = f"Note {i:05d}"
        fm = f"---\ncreated: 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\ntags: [bench, {lang}]\n---\n"
        notes.append((f"{title}.md", fm + body(lang, title)))
    for k in range(n_dup):
        src_path, src = notes[rng.randrange(n - n_dup)]
        kind = ("exact", "edited", "section")[k % 3]
        text = src
        if kind == "edited":
            words = text.split(" ")
            for _ in range(3):
                words[rng.randrange(20, len(words))] = "changed"
            text = " ".join(words)
        elif kind == "section":
            lang = "ru" if "tags: [bench, ru]" in text else "en"
            text = text + "\n## Added\n\n" + " ".join(sentence(lang) for _ in range(6)) + "\n"
        notes.append((src_path.replace(".md", f" ({kind} {k}).md"), text))
    return notes


def build(notes: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    from vaultkit.api import parse_note
    from vaultkit.config import Config

    return [parse_note(path, text.encode("utf-8"), Config()).note for path, text in notes]


def time_layers(n: int, cold_semantic: bool) -> dict[str, object]:
    from vaultkit.config import Config
    from vaultkit.dedup import find_duplicates

    notes = build(generate_notes(n))
    out: dict[str, object] = {"notes": n}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for label, layers in (("exact", ("exact",)), ("lexical", ("lexical",)), ("exact+lexical", ("exact", "lexical"))):
            t = time.perf_counter()
            result = find_duplicates(notes, Config(), layers=layers)
            out[f"{label}_s"] = round(time.perf_counter() - t, 2)
            out[f"{label}_flagged"] = len([p for p in result.all_pairs() if p.flagged])
        runs = (("semantic_cold", True), ("semantic_warm", False)) if cold_semantic else ()
        for label, _ in runs:
            t = time.perf_counter()
            result = find_duplicates(notes, Config(), layers=("semantic",), root=root, progress=sys.stderr.isatty())
            out[f"{label}_s"] = round(time.perf_counter() - t, 2)
            out[f"{label}_embedded"] = result.stats["semantic_embedded"]
            out[f"{label}_search"] = f"{result.stats['semantic_search']} {result.stats.get('semantic_s', 0):.2f}s"
            out["semantic_skipped"] = result.skipped
    return out


def time_search(sizes: tuple[int, ...] = (10_000, 20_000, 50_000)) -> list[dict[str, object]]:
    import numpy as np

    from vaultkit.dedup.search import ExactSearch, HnswSearch, mutual_pairs

    rows = []
    for n in sizes:
        rng = np.random.default_rng(0)
        centres = rng.standard_normal((max(10, n // 50), 384)).astype(np.float32)
        x = centres[rng.integers(0, len(centres), n)] + 0.9 * rng.standard_normal((n, 384)).astype(np.float32)
        m = n // 100
        x[n - m :] = x[:m] + 0.02 * rng.standard_normal((m, 384)).astype(np.float32)
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        row: dict[str, object] = {"n": n}
        for search in (ExactSearch(), HnswSearch()):
            t = time.perf_counter()
            pairs = mutual_pairs(search.neighbours(x, 5, 0.9))
            row[f"{search.name}_s"] = round(time.perf_counter() - t, 2)
            row[f"{search.name}_pairs"] = len(pairs)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr, flush=True)
    return rows


def _import_other_dedup(checkout: Path, where: Path):  # type: ignore[no-untyped-def]
    """The other checkout's vaultkit/dedup as package `other_dedup` (its own imports renamed)."""
    import importlib
    import shutil

    target = where / "other_dedup"
    shutil.copytree(checkout / "vaultkit" / "dedup", target)
    for file in target.glob("*.py"):
        file.write_text(file.read_text(encoding="utf-8").replace("vaultkit.dedup", "other_dedup"), encoding="utf-8")
    sys.path.insert(0, str(where))
    return importlib.import_module("other_dedup.features"), importlib.import_module("other_dedup.pipeline")


_FEATURE_FIELDS = ("key", "words", "script", "signature", "sample", "shingles", "vector_key", "prose_words", "chunk_words")


def compare_checkouts(other: Path, vault: Path, changed: int = 5, seed: int = 3) -> dict[str, object]:
    """Old (`other`) against this checkout on one vault; see the module docstring."""
    from dataclasses import replace

    from vaultkit.api import load_vault, parse_note
    from vaultkit.config import Config
    from vaultkit.dedup import DedupOptions
    from vaultkit.dedup import features as new_features
    from vaultkit.dedup import pipeline as new_pipeline

    index = load_vault(vault)  # the vault's own cache makes a second run quick; features are recomputed below
    notes = list(index.notes)
    bodies = [n.body for n in notes]
    opts = DedupOptions()
    out: dict[str, object] = {"vault": str(vault), "notes": len(notes)}
    out["mean_body_kb"] = round(sum(map(len, bodies)) / len(bodies) / 1000, 2)
    with tempfile.TemporaryDirectory() as tmp:
        old_features, old_pipeline = _import_other_dedup(other, Path(tmp))

        def features(module, texts):  # type: ignore[no-untyped-def]
            module.note_features(texts[0], opts)  # warm the shingler
            start = time.process_time()
            made = [module.note_features(b, opts) for b in texts]
            return made, (time.process_time() - start) * 1000 / len(texts)

        old_f, old_ms = features(old_features, bodies)
        new_f, new_ms = features(new_features, bodies)
        same = all(
            tuple(getattr(a, k) for k in _FEATURE_FIELDS) == tuple(getattr(b, k) for k in _FEATURE_FIELDS)
            for a, b in zip(old_f, new_f, strict=True)
        )
        out["note_features_ms"] = {"old": round(old_ms, 3), "new": round(new_ms, 3), "identical": same}

        def run(module, fs, the_notes, **kw):  # type: ignore[no-untyped-def]
            with_features = [replace(n, dedup=f) for n, f in zip(the_notes, fs, strict=True)]
            start = time.process_time()
            result = module.find_duplicates(with_features, Config(), layers=("exact", "lexical"), **kw)
            seconds = time.process_time() - start
            doc = result.to_dict()
            doc.pop("stats")
            return doc, seconds, result.stats

        cache: dict[object, int] = {}
        old_doc, old_s, _ = run(old_pipeline, old_f, notes)
        new_doc, new_s, stats = run(new_pipeline, new_f, notes, pair_cache=cache)
        out["cold_find_duplicates_s"] = {
            "old": round(old_s, 2),
            "new": round(new_s, 2),
            "identical": old_doc == new_doc,
            "pairs": len(new_doc["pairs"]),
            "clusters": len(new_doc["clusters"]),
            "candidates": stats.get("lexical_candidates"),
            "verified": stats.get("lexical_verified"),
        }

        # Edited: some notes of reported pairs (their pairs are verified again) and random others.
        rng = random.Random(seed)
        listed = new_doc["pairs"] + [p for c in new_doc["clusters"] for p in c["pairs"]]
        paired = sorted({p[side] for p in listed for side in ("a", "b")})
        position = {n.path: k for k, n in enumerate(notes)}
        edited = sorted({position[p] for p in rng.sample(paired, min(len(paired), changed // 2))})
        while len(edited) < min(changed, len(notes)):
            edited = sorted(set(edited) | {rng.randrange(len(notes))})
        after = list(notes)
        for k in edited:
            note = after[k]
            text = note.text + f"\n\nEdited for the benchmark ({k}): one more closing sentence.\n"
            after[k] = parse_note(note.path, text.encode("utf-8"), index.config).note  # type: ignore[assignment]
        old_after, new_after = list(old_f), list(new_f)
        for k in edited:
            old_after[k] = old_features.note_features(after[k].body, opts)
            new_after[k] = new_features.note_features(after[k].body, opts)
        old_doc, old_s, _ = run(old_pipeline, old_after, after)
        new_doc, new_s, stats = run(new_pipeline, new_after, after, pair_cache=cache)
        full_doc, full_s, _ = run(new_pipeline, new_after, after)
        out[f"{changed}_changed_find_duplicates_s"] = {
            "old": round(old_s, 2),
            "new_with_pair_cache": round(new_s, 2),
            "new_without": round(full_s, 2),
            "identical": old_doc == new_doc == full_doc,
            "pairs_looked_up": stats.get("lexical_known"),
            "notes_rebuilt": stats.get("lexical_rebuilt"),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--no-semantic", action="store_true")
    parser.add_argument("--search", action="store_true", help="compare exact blocked search with hnswlib")
    parser.add_argument("--against", type=Path, help="another checkout to compare the exact and lexical layers with")
    parser.add_argument("--vault", type=Path, help="the vault for --against (benchmarks/generate.py)")
    parser.add_argument("--changed", type=int, default=5, help="notes edited for the second --against run")
    args = parser.parse_args()
    if args.against:
        if not args.vault:
            parser.error("--against needs --vault")
        print(json.dumps(compare_checkouts(args.against, args.vault, args.changed), indent=2))
        return
    if args.search:
        print(json.dumps(time_search(), indent=2))
        return
    for n in args.notes:
        print(json.dumps(time_layers(n, not args.no_semantic)), flush=True)


if __name__ == "__main__":
    main()
