"""The claim checker's CPU time per note, with and without vaultkit.claims.fastre's guard, in one run.

Every claims module compiles its patterns through `fastre.guarded`, which puts a lookahead of a match's possible
first characters in front of a pattern `re` cannot scan for by itself (a case-insensitive alternation of words, a
pattern that starts with `\\b` or a lookbehind). The baseline is the same code with `guarded` replaced by plain
`re.compile` before the claims modules are imported (a fresh interpreter for each variant), so both read the same
notes with the same rules. It prints, for each variant, the import time of the claims modules (wall) and the best of
`--runs` CPU times of `parse_note` over:

- `corpora`: every note of the development claim corpora (tests/claims_corpus*/notes, the closed blind ones
  excluded), and
- `cr-sentences`: issue 16's row of 5,000 sizing sentences on one CR-only line (checked up to MAX_SENTENCES),

and the ratio plain / guarded (above 1: the guard saves time).

    python benchmarks/bench_claims_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, re, sys, time
sys.path.insert(0, ROOT)
import vaultkit.claims.fastre as fastre
if PLAIN:
    fastre.guarded = lambda pattern, flags=0: re.compile(pattern, flags)
start = time.perf_counter()
import pkgutil, importlib
import vaultkit.claims.extract
import vaultkit.claims.shapes as shapes
for m in pkgutil.iter_modules(shapes.__path__):
    importlib.import_module("vaultkit.claims.shapes." + m.name)
imported = time.perf_counter() - start
from vaultkit.config import Config
from vaultkit.engine.parse import parse_note_bounded
from pathlib import Path
notes = [(p.name, p.read_bytes()) for p in sorted(Path(ROOT, "tests").glob("claims_corpus*/notes/*.md"))
         if p.parent.parent.name not in ("claims_corpus_x", "claims_holdout")]
row = b"The model is 7B params and 14 GB in fp16.\r" * 5000
def best(work):
    out = []
    for _ in range(RUNS):
        t = time.process_time(); work(); out.append(time.process_time() - t)
    return min(out)
parse_note_bounded("n.md", row[:2000], Config(), 100.0)
corpora = best(lambda: [parse_note_bounded(n, d, Config(), 100.0) for n, d in notes])
cr = best(lambda: parse_note_bounded("n.md", row, Config(), 100.0))
print(json.dumps({"import": imported, "corpora": corpora, "cr": cr, "notes": len(notes)}))
"""


def _variant(plain: bool, runs: int) -> dict[str, float]:
    code = CHILD.replace("ROOT", repr(str(ROOT))).replace("PLAIN", repr(plain)).replace("RUNS", str(runs))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    plain = _variant(True, args.runs)
    fast = _variant(False, args.runs)
    print(f"{'':16}{'plain re':>12}{'guarded':>12}{'plain/guarded':>15}")
    for key, label in (("import", "import (s)"), ("corpora", f"corpora (s, {int(fast['notes'])} notes)"), ("cr", "cr-sentences")):
        print(f"{label:16}{plain[key]:12.3f}{fast[key]:12.3f}{plain[key] / fast[key]:15.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
