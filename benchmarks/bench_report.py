"""Size and render time of `vaultkit report` pages: `python benchmarks/bench_report.py VAULT... [--screenshots DIR]`.

For each vault: `vaultkit report` is run twice into a fresh folder (the second run, warm cache,
is timed; between the two, a tenth of report.md's tasks is ticked, so the second report shows
what a returning user sees: accepted findings, a "since last report" summary and the trend
chart), then report.html is loaded three times in headless Chromium; `ready` is the time from
navigation start to the page's tables drawn (median), `script` the part spent decoding the data
and drawing. With --screenshots, PNGs of the page (top, folders view, findings filtered) are
written as DIR/report-<vault>-*.png.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from chromium import find_chromium, open_page  # noqa: E402

READY = "window.vkReady.then(() => [window.vkReadyAt, window.vkRenderMs])"
FOLDERS = """(() => { document.querySelector('button[data-view="folders"]').click();
  document.getElementById("graph").scrollIntoView(); return true; })()"""
FILTERED = """(() => { const s = document.getElementById("filter-rule");
  s.value = "VK301"; s.dispatchEvent(new Event("change"));
  document.getElementById("findings").scrollIntoView();
  return document.getElementById("findings-table-count").textContent; })()"""


def tick_some(md: Path, every: int = 10) -> int:
    lines = md.read_text(encoding="utf-8").split("\n")
    n = 0
    for i, line in enumerate(lines):
        if line.startswith("> - [ ] ") and "%% vk:" in line:
            if n % every == 0:
                lines[i] = line.replace("> - [ ] ", "> - [x] ", 1)
            n += 1
    md.write_text("\n".join(lines), encoding="utf-8")
    return (n + every - 1) // every


def report(vault: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "vaultkit", "report", str(vault), "-o", str(out), "-j", "2"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("vaults", nargs="+", type=Path)
    ap.add_argument("--screenshots", type=Path)
    args = ap.parse_args()
    chromium = find_chromium()
    print("| vault | notes | findings | report.html | report.md | report.json | report (warm) | ready (median of 3) | script |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for vault in args.vaults:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "reports"
            report(vault, out)
            ticked = tick_some(out / "report.md")
            seconds = report(vault, out)
            import json

            doc = json.loads((out / "report.json").read_text(encoding="utf-8"))
            sizes = [(out / f"report.{x}").stat().st_size for x in ("html", "md", "json")]
            ready, script = [], []
            if chromium:
                for _ in range(3):
                    run = open_page(chromium, out / "report.html", expressions={"t": READY})
                    assert not run.errors, run.errors
                    ready.append(run.values["t"][0])
                    script.append(run.values["t"][1])
            kb = [f"{s / 1024:,.0f} KB" for s in sizes]
            timing = f"{statistics.median(ready):.0f} ms | {statistics.median(script):.0f} ms" if ready else "– | –"
            print(
                f"| {vault.name} | {doc['summary']['notes_checked']:,} | {len(doc['findings']):,} | "
                f"{kb[0]} | {kb[1]} | {kb[2]} | {seconds:.1f} s | {timing} |",
                flush=True,
            )
            print(f"  (ticked {ticked}; accepted {doc['since_last']['accepted']})", file=sys.stderr)
            if args.screenshots and chromium:
                shots = {"top": None, "folders": FOLDERS, "findings": FILTERED}
                for name, expression in shots.items():
                    exprs = {"ready": READY, **({"go": expression} if expression else {})}
                    run = open_page(chromium, out / "report.html", expressions=exprs, screenshot=True, height=1400)
                    assert not run.errors and run.screenshot
                    (args.screenshots / f"report-{vault.name}-{name}.png").write_bytes(run.screenshot)


if __name__ == "__main__":
    main()
