"""`vaultkit dupes VAULT`: list duplicate notes (exact, edited, contained, semantic) and clusters."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vaultkit.commands.common import add_vault_options
from vaultkit.errors import UsageError

if TYPE_CHECKING:
    from vaultkit.dedup import DedupResult, DuplicatePair

LAYERS = ("exact", "lexical", "semantic")
_LABEL = {
    "exact": "duplicate",
    "near": "near-duplicate",
    "contained": "contained-in",
    "semantic": "semantic",
    "translation": "translation",
    "overlap": "overlap",
}


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "dupes",
        help="list duplicate and near-duplicate notes",
        description="List duplicate notes: identical bodies (exact), edited copies and notes pasted into "
        "bigger ones (lexical, word shingles and line alignment), and paraphrases (semantic, sentence embeddings; "
        "multilingual by default; a pair in two languages is a translation). Pairs show their score and what differs; "
        "groups of three or more are shown once, as a cluster.",
    )
    p.add_argument("vault", nargs="?", default=".", help="the vault folder (default: .)")
    p.add_argument(
        "--layer",
        action="append",
        choices=LAYERS,
        help="run only this layer (repeatable; default: all three, semantic skipped if not installed)",
    )
    p.add_argument(
        "--threshold",
        type=float,
        metavar="X",
        help="the selected layer's threshold: Jaccard for lexical (default 0.8), cosine for semantic",
    )
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    add_vault_options(p)  # --config, --no-cache, --root, --cache-dir, -j: as verify takes them
    from vaultkit.cluster.cli import add_engine_options

    add_engine_options(p)  # --engine dask, --engine-address (the 'cluster' extra)


def _overrides(args: argparse.Namespace, layers: tuple[str, ...]) -> dict[str, float]:
    if args.threshold is None:
        return {}
    tunable = [x for x in layers if x != "exact"]
    if len(tunable) != 1 or len(layers) != 1:
        raise UsageError("--threshold needs exactly one --layer: lexical or semantic")
    if not 0.0 < args.threshold <= 1.0:
        raise UsageError("--threshold must be in (0, 1]")
    if tunable[0] == "lexical":
        return {"near_threshold": args.threshold, "align_threshold": args.threshold}
    return {"semantic_threshold": args.threshold}


def run(args: argparse.Namespace) -> int:
    if getattr(args, "engine", "local") != "local":
        from vaultkit.cluster.cli import run_cluster

        return run_cluster(args, "dupes")
    from vaultkit import output
    from vaultkit.commands.common import open_vault
    from vaultkit.dedup import DedupOptions, find_duplicates
    from vaultkit.dedup.backend import SemanticUnavailable

    if not Path(args.vault).is_dir():
        raise UsageError(f"{args.vault}: not a folder; give the vault's folder")
    layers = tuple(x for x in LAYERS if x in (args.layer or LAYERS))
    overrides = _overrides(args, layers)
    index = open_vault(args.vault, args)
    options = DedupOptions.from_config(index.config, **overrides)
    progress = sys.stderr.isatty() and not os.environ.get("CI") and not os.environ.get("PRE_COMMIT")
    root = index.root
    cached = not args.no_cache  # --no-cache: no vector cache read or written (dates and templates still read)
    note = None
    try:
        result = find_duplicates(
            index.notes, index.config, layers=layers, root=root, progress=progress, options=options, vector_cache=cached
        )
    except SemanticUnavailable as exc:
        if args.layer:
            raise
        note = f"semantic layer not run: {exc}"
        layers = ("exact", "lexical")
        result = find_duplicates(index.notes, index.config, layers=layers, root=root, options=options, vector_cache=cached)
    from vaultkit.engine.run import changed_during_run

    for finding in changed_during_run(index):  # a note saved by an editor meanwhile: said, never a crash
        output.echo(f"note: {finding.path}: {finding.message}", err=True)
    if args.format == "json":
        doc: dict[str, Any] = {"schema": "vaultkit.dupes/1", "root": os.fspath(index.root), **result.to_dict()}
        if note:
            doc["notes_skipped"] = note
        output.write(json.dumps(doc, ensure_ascii=False, indent=2, default=str) + "\n")
    else:
        output.write(output.printable_text(format_text(result, len(index.notes), note)))
    return 0


def _pair_line(pair: DuplicatePair) -> str:
    from vaultkit.dedup.results import describe_pair

    sign = "⊂" if pair.kind == "contained" else "≈" if pair.kind != "exact" else "="
    head = f"{_LABEL[pair.kind]:<14} {pair.a} {sign} {pair.b}"
    return head + "\n    " + describe_pair(pair)


def format_text(result: DedupResult, notes: int, note: str | None = None) -> str:
    lines = []
    flagged = result.flagged_pairs
    for pair in flagged:
        lines.append(_pair_line(pair))
    for cluster in result.clusters:
        lines.append(f"cluster of {len(cluster.paths)} ({_LABEL[cluster.kind]}): {', '.join(cluster.paths)}")
        lines.extend("    " + _pair_line(p).replace("\n", "\n    ") for p in cluster.pairs)
    overlaps = [p for p in result.pairs if not p.flagged]
    if overlaps:
        lines.append("overlapping, not reported as duplicates:")
        lines.extend(f"    {p.a} ~ {p.b} (Jaccard {p.jaccard:.2f})" for p in overlaps)
    if result.unfilled:
        lines.append(f"unfilled templates (not duplicates): {', '.join(result.unfilled)}")
    for message in (result.skipped, note):
        if message:
            lines.append(f"note: {message}")
    summary = (
        f"vaultkit dupes: {notes} notes, layers {', '.join(result.layers)}: "
        f"{len(flagged)} pair{'s' if len(flagged) != 1 else ''}, "
        f"{len(result.clusters)} cluster{'s' if len(result.clusters) != 1 else ''}"
    )
    lines.append(summary)
    return "\n".join(lines) + "\n"
