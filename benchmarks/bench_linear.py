"""Issue 16: each input shape of tests/test_linear.py, doubled from 64 KB to 2 MB, through
parse_note (under a 10 s CPU budget) and the Markdown scanner alone; CPU seconds per size and
the ratio of the last doubling (about 2 when linear, 4 when quadratic).

    python benchmarks/bench_linear.py [shape ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import test_linear as shapes
from vaultkit.config import Config
from vaultkit.engine.parse import OVER_BUDGET, parse_note_bounded
from vaultkit.ingest.markdown import scan_markdown

SHAPES = ["floats", "yaml_items", "spaces", "brackets", "open_links", "comments", "cr_lines", "cr_sentences", "nested_list"]
SIZES = [64_000 * 2**k for k in range(6)]  # 64 KB … 2 MB


def main() -> None:
    names = sys.argv[1:] or SHAPES
    for name in names:
        build = getattr(shapes, name)
        parse_row, scan_row = [], []
        for size in SIZES:
            data = build(size)
            start = time.process_time()
            result = parse_note_bounded("n.md", data, Config(), 10.0)
            spent = time.process_time() - start
            over = any(f.message.startswith(OVER_BUDGET) for f in result.findings)
            parse_row.append(f"{spent:6.2f}{'!' if over else ' '}")
            text = data.decode("utf-8", "replace")
            start = time.process_time()
            scan_markdown(text)
            scan_row.append(f"{time.process_time() - start:6.3f} ")
        print(f"{name:12s} parse {' '.join(parse_row)}", flush=True)
        print(f"{'':12s} scan  {' '.join(scan_row)}", flush=True)


if __name__ == "__main__":
    main()
