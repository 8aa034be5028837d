"""Consistency reports: `report.md` (a note for Obsidian), `report.html` (one self-contained
page), `report.json` (schema `vaultkit.report/1`, documented in vaultkit.report.json).

`build_report(index, findings)` gathers a Report once; one module per format renders it;
`write_reports` writes them into a folder of their own, marked with `.vaultkit-report` so that
vaultkit never reads that folder back as notes when it lies inside the vault. Importing this
package is cheap: networkx loads with the link graph, torch only if semantic duplicates are
configured (exactly as for `vaultkit verify`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from vaultkit.errors import UsageError
from vaultkit.ingest.discover import REPORT_MARKER
from vaultkit.report.build import build_report
from vaultkit.report.model import SCHEMA, Report
from vaultkit.report.options import FORMATS, ReportOptions

MARKER_TEXT = (
    "This folder holds reports written by `vaultkit report`.\n"
    "vaultkit does not read Markdown files in a folder holding this file as notes, so a report\n"
    "written into the vault is never checked, linked from or reported by a later run.\n"
    "Add the folder to Obsidian's Settings → Files and links → Excluded files to keep it out of\n"
    "search and the graph view too.\n"
)

__all__ = ["FORMATS", "SCHEMA", "Report", "ReportOptions", "build_report", "check_output_folder", "render", "write_reports"]


def render(report: Report, fmt: str, *, inert_links: bool = False) -> str:
    from vaultkit.report.html import render_html
    from vaultkit.report.json import render_json
    from vaultkit.report.markdown import render_markdown

    renderers: dict[str, Callable[[Report], str]] = {
        "md": lambda r: render_markdown(r, inert_links=inert_links),
        "html": render_html,
        "json": render_json,
    }
    return renderers[fmt](report)


def _notes_under(folder: Path) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found += [Path(dirpath, f) for f in sorted(filenames) if f.lower().endswith(".md") and not f.startswith(".")]
    return found


def check_output_folder(out_dir: Path, vault_root: Path) -> None:
    """Refuse an output folder whose exclusion would hide notes of the vault: the vault root
    itself, or a folder inside the vault already holding notes that are not vaultkit's reports."""
    out = out_dir.resolve()
    root = vault_root.resolve()
    if out == root:
        raise UsageError(f"{out_dir}: is the vault's root; write the report into a folder of its own (e.g. -o VAULT/_vaultkit)")
    if root not in out.parents or (out / REPORT_MARKER).is_file():
        return
    notes = _notes_under(out) if out.is_dir() else []
    if notes:
        raise UsageError(
            f"{out_dir}: holds notes of the vault ({notes[0].relative_to(out).as_posix()} …); vaultkit treats its report "
            "folder as output, not notes: give an empty or new folder",
        )


def _write_atomic(path: Path, text: str) -> None:
    """Write beside, then rename: a reader (Obsidian, a browser) never sees half a report."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # hidden: never a note meanwhile
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_reports(
    report: Report, out_dir: Path, *, vault_root: Path, formats: Sequence[str] = FORMATS, inert_links: bool = False
) -> list[Path]:
    """Write `report.<fmt>` for each format into `out_dir` (created), plus the marker file."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown report format(s) {', '.join(unknown)}; use {', '.join(FORMATS)}")
    check_output_folder(out_dir, vault_root)
    out_dir.mkdir(parents=True, exist_ok=True)
    marker = out_dir / REPORT_MARKER
    if not marker.is_file():
        marker.write_text(MARKER_TEXT, encoding="utf-8")
    written = []
    for fmt in FORMATS:
        if fmt in formats:
            path = out_dir / f"report.{fmt}"
            _write_atomic(path, render(report, fmt, inert_links=inert_links))
            written.append(path)
    return written
