"""What a note's own models cost: the claim checker's CPU time per note when notes configure models in their front matter.

A model the catalogue lacks, configured in a note's front matter, is read for that note only; every claims cache is
forgotten when the configured models change from one note to the next (`catalog.use_note_models`), so a note's reading
never depends on the notes before it. This measures that cost in one process, on the same generated notes: with no
front matter (the baseline), with one configuration all notes share (no cache is forgotten after the first), and with a
different configuration in each note (the worst case: every cache forgotten at every note). It prints the best of
`--runs` CPU times of `parse_note_bounded` per note and each variant's ratio to the baseline.

    python benchmarks/bench_note_models.py [--notes N] [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vaultkit.config import Config  # noqa: E402
from vaultkit.engine.parse import parse_note_bounded  # noqa: E402

BODY = "# Notes\n\n" + "\n".join(
    f"- Custom-{i}B in bf16 is {2 * i} GB; its cache at 8K is 1 GiB; Llama-3-8B in bf16 is 16.06 GB." for i in range(1, 30)
)


def _front_matter(i: int) -> str:
    config = f"{{hidden: {4096 + 64 * i}, layers: 32, heads: 32, kv_heads: 8, mlp: 14336, vocab: 128256}}"
    return f"---\nmodels:\n  custom-{i}b: {config}\n---\n"


def _best(notes: list[tuple[str, bytes]], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        for name, data in notes:
            parse_note_bounded(name, data, Config(), 100.0)
        times.append(time.process_time() - start)
    return min(times) / len(notes)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    variants = {
        "no front matter": [(f"n{i}.md", (BODY + "\n").encode()) for i in range(args.notes)],
        "one shared model": [(f"n{i}.md", (_front_matter(0) + BODY + "\n").encode()) for i in range(args.notes)],
        "a model per note": [(f"n{i}.md", (_front_matter(i) + BODY + "\n").encode()) for i in range(args.notes)],
    }
    _best(variants["no front matter"][:10], 1)  # warm the imports and the catalogue
    base = _best(variants["no front matter"], args.runs)
    print(f"{'variant':20}{'ms a note':>12}{'ratio':>8}")
    for label, notes in variants.items():
        spent = base if label == "no front matter" else _best(notes, args.runs)
        print(f"{label:20}{1000 * spent:12.1f}{spent / base:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
