"""Consistency reports: `report.md` (a note for Obsidian), `report.html` (one self-contained
page), `report.json` (schema `vaultkit.report/1`, documented in vaultkit.report.json).

`build_report(index, findings)` gathers a Report once; one module per format renders it;
`write_reports` writes them into a folder of their own, marked with `.vaultkit-report`: vaultkit
never reads that folder back as notes when it lies inside the vault, and writes only into a
folder that is new, empty or so marked (`force` overrides), so a `report.md` of the user's is
never overwritten. Each file is written beside its target and renamed over it; a symlink in the
folder is replaced, never followed. Importing this
package is cheap: networkx loads with the link graph, torch only if semantic duplicates are
configured (exactly as for `vaultkit verify`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from vaultkit.errors import UsageError, VaultkitError
from vaultkit.ingest.discover import REPORT_MARKER
from vaultkit.output import printable
from vaultkit.report.build import build_report
from vaultkit.report.model import SCHEMA, Report
from vaultkit.report.options import FORMATS, ReportOptions
from vaultkit.store.atomic import atomic_write

MARKER_TEXT = (
    "This folder holds reports written by `vaultkit report`.\n"
    "vaultkit does not read Markdown files in a folder holding this file as notes, so a report\n"
    "written into the vault is never checked, linked from or reported by a later run.\n"
    "Add the folder to Obsidian's Settings → Files and links → Excluded files to keep it out of\n"
    "search and the graph view too.\n"
    "`vaultkit report -o` rewrites report.md, report.html and report.json only in a folder holding\n"
    "this file (or an empty or new one); delete it and vaultkit will refuse the folder without --force.\n"
)

__all__ = [
    "FORMATS",
    "SCHEMA",
    "Report",
    "ReportOptions",
    "build_report",
    "check_output_folder",
    "is_report_folder",
    "render",
    "write_reports",
]


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


def is_report_folder(folder: Path) -> bool:
    """Whether vaultkit wrote this folder: it holds the marker as a regular file (a symlink
    named like the marker is not one)."""
    try:
        return stat.S_ISREG(os.lstat(folder / REPORT_MARKER).st_mode)
    except OSError:
        return False


def check_output_folder(out_dir: Path, vault_root: Path, *, force: bool = False) -> None:
    """Refuse an output folder vaultkit may not write into: the vault root itself; a folder
    inside the vault already holding notes that are not vaultkit's reports (its exclusion would
    hide them; `force` does not override this); and, unless `force`, any existing folder that
    is not empty and lacks the marker (it holds the user's files, a `report.md` maybe)."""
    out = out_dir.resolve()
    root = vault_root.resolve()
    if out == root:
        raise UsageError(f"{out_dir}: is the vault's root; write the report into a folder of its own (e.g. -o VAULT/_vaultkit)")
    if not out.exists():
        return
    if not out.is_dir():
        raise UsageError(f"{out_dir}: is not a folder; give a folder for the reports")
    if is_report_folder(out):
        return
    notes = _notes_under(out) if root in out.parents else []
    if notes:
        first = printable(notes[0].relative_to(out).as_posix())
        raise UsageError(
            f"{out_dir}: holds notes of the vault ({first} …); vaultkit treats its report "
            "folder as output, not notes: give an empty or new folder",
        )
    if not force and any(out.iterdir()):
        raise UsageError(
            f"{out_dir}: holds files vaultkit did not write (no {REPORT_MARKER} in it); give an empty or new folder, "
            "or --force to write report.* into it anyway",
        )


def write_reports(
    report: Report,
    out_dir: Path,
    *,
    vault_root: Path,
    formats: Sequence[str] = FORMATS,
    inert_links: bool = False,
    force: bool = False,
) -> list[Path]:
    """Write `report.<fmt>` for each format into `out_dir` (created), plus the marker file;
    see `check_output_folder` for the folders refused."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown report format(s) {', '.join(unknown)}; use {', '.join(FORMATS)}")
    check_output_folder(out_dir, vault_root, force=force)
    written = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        marker = out_dir / REPORT_MARKER
        if not is_report_folder(out_dir) or marker.read_text(encoding="utf-8") != MARKER_TEXT:
            atomic_write(marker, MARKER_TEXT)  # first, so a folder holding any report is marked
        for fmt in FORMATS:
            if fmt in formats:
                path = out_dir / f"report.{fmt}"
                atomic_write(path, render(report, fmt, inert_links=inert_links))
                written.append(path)
    except OSError as exc:
        raise VaultkitError(f"{exc.filename or out_dir}: cannot write the report: {exc.strerror or exc}") from exc
    return written
