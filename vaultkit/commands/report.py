"""`vaultkit report VAULT --out-dir DIR` (or `-o DIR`): write report.md (a note for Obsidian), report.html (one
self-contained page with the link graph, charts and sortable tables) and report.json.

The report runs the same checks as `vaultkit verify` with the same configuration (the semantic
duplicate layer only when VK504 is selected). DIR is marked as report output (a
`.vaultkit-report` file): when it lies inside the vault it is never read back as notes, and
vaultkit writes only into a folder that is new, empty or so marked, so it never overwrites a
report.md of yours; --force writes into any other folder (but never the vault's root, nor a
folder of the vault holding notes).

Beside them it keeps report-state.json (each finding's key and its note's hash, for triage) and
report-history.csv (totals per run): a task ticked in the previous report.md stays ticked, as
accepted, until its note changes; the report says what is new, fixed and still open since the
previous one, and draws the trend.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from vaultkit import output
from vaultkit.commands.common import add_vault_options, open_vault
from vaultkit.errors import CannotWrite, UsageError, VaultkitError, cannot_write, write_advice

if TYPE_CHECKING:
    from vaultkit.config import Config
    from vaultkit.report import ReportOptions

DEFAULT_OUTPUT = Path("reports")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        help="write a consistency report: Markdown note, self-contained HTML, JSON",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("vault", nargs="?", default=".", help="the vault folder (default: .)")
    p.add_argument(
        "--out-dir",
        "-o",
        "--output",
        dest="output",
        type=Path,
        metavar="DIR",
        help="the FOLDER to write report.md, report.html and report.json into (default: [report] output, else "
        "./reports); a report is several files, so here -o/--output name a folder, where other commands take a FILE",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="write into DIR even when it holds files vaultkit did not write (no .vaultkit-report)",
    )
    p.add_argument("--format", metavar="LIST", help="comma-separated formats to write: md,html,json (default: all three)")
    p.add_argument("--inert-links", action="store_true", help="write report.md's links as code: no backlinks in Obsidian")
    p.add_argument("--graph-nodes", type=int, metavar="N", help="draw at most N nodes of the link graph (default: 200)")
    p.add_argument("--select", metavar="IDS", help="comma-separated rule ids or prefixes to run (e.g. VK3,VK401)")
    p.add_argument("--ignore", metavar="IDS", help="comma-separated rule ids or prefixes to skip")
    add_vault_options(p)


def _options(args: argparse.Namespace, root: Path, config: Config) -> ReportOptions:
    from vaultkit.report import ReportOptions

    options = ReportOptions.from_config(config, root)
    if args.output is not None:
        options = replace(options, output=args.output)
    if args.format:
        formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
        options = replace(options, formats=formats)
    if args.inert_links:
        options = replace(options, inert_links=True)
    if args.graph_nodes is not None:
        if args.graph_nodes < 1:
            raise UsageError("--graph-nodes must be 1 or more")
        options = replace(options, graph_nodes=args.graph_nodes)
    return options


def _remove_new_folder(folder: Path) -> None:
    """Remove what a failed run wrote into `folder`, a folder it created (vaultkit's own file
    names only, then the folder if that leaves it empty)."""
    import contextlib

    from vaultkit.ingest.discover import REPORT_MARKER
    from vaultkit.report import FORMATS
    from vaultkit.report.triage import HISTORY_FILE, STATE_FILE

    for name in (*(f"report.{fmt}" for fmt in FORMATS), STATE_FILE, HISTORY_FILE, REPORT_MARKER):
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


def run(args: argparse.Namespace) -> int:
    from vaultkit.engine.run import verify
    from vaultkit.report import build_report, check_output_folder, write_reports
    from vaultkit.report.triage import history_row, read_previous, triage, write_state
    from vaultkit.report.views import PROBLEM_NODES, graph_views

    if not Path(args.vault).is_dir():
        raise UsageError(f"{args.vault}: not a folder; give the vault's folder")
    index = open_vault(args.vault, args)
    options = _options(args, index.root, index.config)
    out_dir = options.output or DEFAULT_OUTPUT
    check_output_folder(out_dir, index.root, force=args.force)  # before the checks run, not after
    findings = verify(index)
    report = build_report(index, findings, graph_nodes=options.graph_nodes)
    previous = read_previous(out_dir)
    report = replace(report, views=graph_views(index, findings, report.orphans, limit=min(options.graph_nodes, PROBLEM_NODES)))
    report = replace(report, triage=triage(report, {n.path: n.content_hash for n in index.notes}, previous))
    report = replace(report, history=(*previous.history, history_row(report)))
    existed = out_dir.exists()
    try:
        written = write_reports(
            report, out_dir, vault_root=index.root, formats=options.formats, inert_links=options.inert_links, force=args.force
        )
        write_state(report, out_dir)
    except (OSError, VaultkitError) as exc:
        cause = exc if isinstance(exc, OSError) else exc.__cause__
        if not isinstance(cause, OSError):
            raise
        if not existed:  # a folder this run made: nothing of a report that was not finished is left
            _remove_new_folder(out_dir)
            raise cannot_write(out_dir, cause, "the report", option="--out-dir DIR") from None
        advice = write_advice(cause).replace("another place", "another place with --out-dir DIR")
        raise CannotWrite(
            f"{out_dir}: cannot write the report: {cause.strerror or type(cause).__name__}; each file is whole, but some "
            "may still be the previous report's" + (f" ({advice})" if advice else "")
        ) from None
    t = report.triage
    if t is not None and t.previous is not None:
        output.echo(
            f"since the last report: {t.count('new')} new, {len(t.fixed)} fixed, {t.count('open')} still open, "
            f"{t.count('accepted')} accepted"
        )
    for path in written:
        output.echo(f"wrote {os.fspath(path)}")
    output.echo(output.summary_line(findings, len(index.notes)))
    return 0
