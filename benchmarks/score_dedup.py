#!/usr/bin/env python3
"""Score `vaultkit dupes` on a labelled vault, through the real CLI.

    python benchmarks/score_dedup.py [--labels tests/dedup_labelled] [--calibration] [--json]
    python benchmarks/score_dedup.py --speed [--notes 1000]   # cold semantic layer: USE vs MiniLM
    python benchmarks/score_dedup.py --long   # long notes: cosines with all chunks vs a bounded sample

The labelled set (`labels.json`, schema vaultkit.dedup-labels/1: `notes`, `pairs` with a kind,
`negatives` with a kind) is copied into a temporary vault, and `vaultkit dupes --format json
--no-cache` runs on it once per layer (exact, lexical, semantic) and once with all layers, per
backend (use, sentence-transformers). A predicted pair is a flagged pair or two notes of one
flagged cluster. Precision is strict: a predicted pair is right only when it is a labelled pair or
an implied one (two members of one labelled cluster, `implied_pairs`); every other predicted pair
is wrong, whether a labelled negative or not. Recall is per pair kind (each variant vs its base). `--calibration` scores
the calibration notes of benchmarks/dedup_calibration.py instead (what the thresholds were set on).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BACKENDS = ("use", "sentence-transformers")
LAYER_SETS: tuple[tuple[str, ...], ...] = (("exact",), ("lexical",), ("semantic",), ("exact", "lexical", "semantic"))


Labels = tuple[dict[str, Path], list[tuple[str, str, str]], list[tuple[str, str, str]], set[frozenset[str]]]


def load_labels(folder: Path) -> Labels:
    """({note path in the vault: file}, pairs, negatives, implied pairs) of a labelled folder."""
    doc = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    if doc.get("schema") != "vaultkit.dedup-labels/1":
        raise SystemExit(f"{folder}/labels.json: unknown schema {doc.get('schema')!r}")
    notes: dict[str, Path] = {}
    raw = doc["notes"]
    items = raw.items() if isinstance(raw, dict) else ((n if isinstance(n, str) else n.get("path"), n) for n in raw)
    for path, _ in items:
        notes[str(path)] = folder / str(path)

    def triples(key: str) -> list[tuple[str, str, str]]:
        out = []
        for entry in doc.get(key, []):
            if isinstance(entry, dict):
                a, b, kind = entry.get("a"), entry.get("b"), entry.get("kind")
            else:
                a, b, kind = entry
            out.append((str(a), str(b), str(kind)))
        return out

    implied = {frozenset((str(e["a"]), str(e["b"]))) for e in doc.get("implied_pairs", [])}
    return notes, triples("pairs"), triples("negatives"), implied


def calibration_set(where: Path) -> Labels:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from dedup_calibration import calibration_notes

    texts, pos, neg = calibration_notes()
    notes = {}
    for path, body in texts.items():
        file = where / "src" / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(body, encoding="utf-8")
        notes[path] = file
    families: dict[str, set[str]] = {}
    for a, b, _ in pos:
        families.setdefault(a, {a}).add(b)
    implied = {frozenset(x) for members in families.values() for x in itertools.combinations(sorted(members), 2)}
    return notes, pos, neg, implied


def make_vault(notes: dict[str, Path], root: Path) -> None:
    (root / ".obsidian").mkdir(parents=True, exist_ok=True)
    for path, source in notes.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def run_cli(
    vault: Path, layers: tuple[str, ...], backend: str, *, cache: bool = False, extra: str = ""
) -> tuple[dict[str, Any], float]:
    config = vault.parent / f"vaultkit-{backend}.toml"
    config.write_text(f'[dedup]\nbackend = "{backend}"\n{extra}', encoding="utf-8")
    argv = [sys.executable, "-m", "vaultkit", "dupes", str(vault), "--format", "json", "--config", str(config)]
    argv += [x for layer in layers for x in ("--layer", layer)]
    if not cache:
        argv.append("--no-cache")
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"vaultkit dupes failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout), seconds


def predicted(doc: dict[str, Any]) -> dict[frozenset[str], str]:
    out: dict[frozenset[str], str] = {}
    for p in doc["pairs"]:
        if p["kind"] != "overlap":
            out[frozenset((p["a"], p["b"]))] = p["kind"]
    for c in doc["clusters"]:
        for a, b in itertools.combinations(c["paths"], 2):
            out.setdefault(frozenset((a, b)), c["kind"])
        for p in c["pairs"]:
            out[frozenset((p["a"], p["b"]))] = p["kind"]
    return out


def score(
    found: dict[frozenset[str], str],
    pairs: list[tuple[str, str, str]],
    negatives: list[tuple[str, str, str]],
    implied: set[frozenset[str]] | None = None,
) -> dict[str, Any]:
    gold = {frozenset((a, b)): k for a, b, k in pairs}
    bad = {frozenset((a, b)): k for a, b, k in negatives}
    right = set(gold) | (implied or set())
    tp = [p for p in found if p in right]
    fp = [p for p in found if p not in right]
    labelled_found = len(tp) + len(fp)
    per_kind: dict[str, dict[str, Any]] = {}
    for kind in sorted({k for k in gold.values()}):
        want = [p for p, k in gold.items() if k == kind]
        hit = sum(p in found for p in want)
        per_kind[kind] = {"found": hit, "of": len(want), "recall": round(hit / len(want), 3) if want else None}
    neg_kind: dict[str, str] = {}
    for kind in sorted({k for k in bad.values()}):
        want = [p for p, k in bad.items() if k == kind]
        neg_kind[kind] = f"{sum(p in found for p in want)}/{len(want)} flagged"
    return {
        "precision": round(len(tp) / labelled_found, 3) if labelled_found else None,
        "recall": round(sum(p in found for p in gold) / len(gold), 3) if gold else None,
        "flagged": labelled_found,
        "right": len(tp),
        "wrong_negatives": sum(p in bad for p in fp),
        "wrong_unlabelled": sum(p not in bad for p in fp),
        "recall_by_kind": per_kind,
        "negatives": neg_kind,
        "false_positives": sorted(f"{bad.get(p, 'unlabelled')}: {' ~ '.join(sorted(p))} ({found[p]})" for p in fp),
    }


def evaluate(
    notes: dict[str, Path],
    pairs: list[tuple[str, str, str]],
    negatives: list[tuple[str, str, str]],
    implied: set[frozenset[str]],
    backends: tuple[str, ...] = BACKENDS,
) -> dict[str, Any]:
    out: dict[str, Any] = {"notes": len(notes), "pairs": len(pairs), "negatives": len(negatives)}
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        make_vault(notes, vault)
        for backend in backends:
            for layers in LAYER_SETS:
                if backend != BACKENDS[0] and "semantic" not in layers:
                    continue  # the other layers do not depend on the backend
                doc, seconds = run_cli(vault, layers, backend)
                entry = score(predicted(doc), pairs, negatives, implied)
                entry["seconds"] = round(seconds, 1)
                entry["unfilled"] = len(doc.get("unfilled", []))
                entry["skipped"] = doc.get("skipped")
                out[f"{backend}:{'+'.join(layers)}"] = entry
    return out


def speed(notes: int, backends: tuple[str, ...] = BACKENDS) -> dict[str, Any]:
    """Cold semantic layer on generated notes, default backend vs MiniLM, then a warm run; and the
    default backend on the English notes only (the notes MiniLM embeds), for a like-for-like time.
    With one backend, only its cold and warm runs."""
    import platform

    out: dict[str, Any] = {
        "notes": notes, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}",
        "load_before": [round(x, 2) for x in os.getloadavg()],
    }
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "gen"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(vault), "--notes", str(notes)],
                       check=True, capture_output=True, cwd=ROOT)
        for backend in backends:
            shutil.rmtree(vault / ".vaultkit", ignore_errors=True)
            doc, cold = run_cli(vault, ("semantic",), backend, cache=True)
            warm_doc, warm = run_cli(vault, ("semantic",), backend, cache=True)
            out[backend] = {
                "cold_s": round(cold, 1), "embedded": doc["stats"].get("semantic_embedded"),
                "semantic_s": round(doc["stats"].get("semantic_s", 0.0), 1),
                "warm_s": round(warm, 1), "warm_embedded": warm_doc["stats"].get("semantic_embedded"),
                "skipped": doc.get("skipped"), "load_after": [round(x, 2) for x in os.getloadavg()],
            }
        if set(backends) == set(BACKENDS):
            shutil.rmtree(vault / ".vaultkit", ignore_errors=True)
            doc, cold = run_cli(vault, ("semantic",), "use", cache=True, extra='model_languages = ["en"]\n')
            out["use-english-only"] = {"cold_s": round(cold, 1), "embedded": doc["stats"].get("semantic_embedded"),
                                       "semantic_s": round(doc["stats"].get("semantic_s", 0.0), 1),
                                       "load_after": [round(x, 2) for x in os.getloadavg()]}
            use, st = out["use-english-only"]["semantic_s"], out["sentence-transformers"]["semantic_s"]
            out["speedup_same_notes"] = round(st / use, 2) if use else None
            all_notes = out["use"]["semantic_s"]
            out["speedup_all_notes_vs_minilm"] = round(st / all_notes, 2) if all_notes else None
    return out


LONG_TOPICS = ("kv-cache", "sourdough", "rebase", "compost", "gil")
LONG_KINDS = ("edited10", "edited20", "reordered", "section_added", "paraphrase", "translation", "related")


def long_notes() -> dict[str, list[str]]:
    """Long notes from the calibration notes: the five English topics' originals one after the
    other (651 words), the same for each kind of copy (its five copies in the same order), and the
    originals in the reverse topic order."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from dedup_calibration import calibration_notes

    texts = calibration_notes()[0]

    def paragraphs(name: str) -> list[str]:
        body = texts[name]
        if body.startswith("---"):
            body = body.split("---", 2)[2]
        return [p.strip() for p in body.split("\n\n") if p.strip()]

    out = {"original": [p for t in LONG_TOPICS for p in paragraphs(f"{t}.md")]}
    for kind in LONG_KINDS:
        out[kind] = [p for t in LONG_TOPICS for p in paragraphs(f"{t} {kind}.md")]
    out["topics reversed"] = [p for t in reversed(LONG_TOPICS) for p in paragraphs(f"{t}.md")]
    return out


def long_cosines() -> dict[str, Any]:
    """Cosine of each long copy to the long original, embedded whole and from a bounded sample of
    chunks (semantic.note_chunks), through semantic.embed_notes with the default backend."""
    sys.path.insert(0, str(ROOT))
    import numpy as np

    from vaultkit.dedup import semantic
    from vaultkit.dedup.options import DedupOptions

    notes = long_notes()
    names = list(notes)
    inputs = [
        semantic.SemanticInput(i, tuple(notes[name]), "en", sum(len(p.split()) for p in notes[name]))
        for i, name in enumerate(names)
    ]
    out: dict[str, Any] = {"words": {name: x.words for name, x in zip(names, inputs, strict=True)}}
    default = semantic.EMBED_CHUNKS
    try:
        for label, chunk_words, most in (
            ("all chunks, 160 words", 160, 1000), ("2 of 160 words", 160, 2), ("all chunks, 80 words", 80, 1000),
            ("4 of 80 words", 80, 4),
        ):
            semantic.EMBED_CHUNKS = most
            vectors = semantic.embed_notes(inputs, DedupOptions(chunk_words=chunk_words), cache_folder=None, progress=False)[0]
            out[label] = {name: round(float(vectors[0] @ vectors[i]), 3) for i, name in enumerate(names) if i}
    finally:
        semantic.EMBED_CHUNKS = default
    out["numpy"] = np.__version__
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=ROOT / "tests" / "dedup_labelled")
    parser.add_argument("--calibration", action="store_true", help="score the calibration notes instead")
    parser.add_argument("--backend", choices=BACKENDS, action="append")
    parser.add_argument("--speed", action="store_true", help="cold/warm semantic timing on generated notes")
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--long", action="store_true", help="long notes: all chunks vs a bounded sample")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.long:
        print(json.dumps(long_cosines(), indent=1, ensure_ascii=False))
        return
    if args.speed:
        print(json.dumps(speed(args.notes, tuple(args.backend or BACKENDS)), indent=1, ensure_ascii=False))
        return
    with tempfile.TemporaryDirectory() as tmp:
        notes, pairs, negatives, implied = calibration_set(Path(tmp)) if args.calibration else load_labels(args.labels)
        results = evaluate(notes, pairs, negatives, implied, tuple(args.backend or BACKENDS))
    if args.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return
    print(f"{results['notes']} notes, {results['pairs']} pairs, {results['negatives']} negatives")
    for name, e in results.items():
        if not isinstance(e, dict):
            continue
        kinds = ", ".join(f"{k} {v['found']}/{v['of']}" for k, v in e["recall_by_kind"].items())
        print(
            f"{name}: P {e['precision']} ({e['right']}/{e['flagged']}) R {e['recall']} ({e['seconds']} s; "
            f"unfilled {e['unfilled']})\n    {kinds}\n    negatives: {e['negatives']}"
        )
        for fp in e["false_positives"]:
            print(f"    false positive {fp}")


if __name__ == "__main__":
    main()
