#!/usr/bin/env python3
"""Duplicate-layer timings on generated vaults: each layer, semantic cold and warm.

    python benchmarks/bench_dedup.py --notes 1000 10000 [--skip-cold-semantic-above N]
    python benchmarks/bench_dedup.py --search            # exact blocked search vs hnswlib

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
        return f"# {title}\n\n" + "\n\n".join(paras[:2]) + "\n\n## Notes\n\n" + "\n\n".join(paras[2:]) + f"\n\nSee [[Topic {rng.randrange(100)}]]\n"

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
        x[n - m :] = x[: m] + 0.02 * rng.standard_normal((m, 384)).astype(np.float32)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--no-semantic", action="store_true")
    parser.add_argument("--search", action="store_true", help="compare exact blocked search with hnswlib")
    args = parser.parse_args()
    if args.search:
        print(json.dumps(time_search(), indent=2))
        return
    for n in args.notes:
        print(json.dumps(time_layers(n, not args.no_semantic)), flush=True)


if __name__ == "__main__":
    main()
