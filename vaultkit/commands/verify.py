"""`vaultkit verify [VAULT | NOTE…]`: check a vault, or some notes with their vault as context.

Given a folder, every note of the vault is checked. Given note files (as pre-commit passes the
staged ones, relative to the repository's top), those notes are checked with the rest of the
vault as context, and links elsewhere that a staged rename or delete breaks are reported too.
"""

from __future__ import annotations

import argparse
import functools
import os
import posixpath
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from vaultkit import output
from vaultkit.baseline import default_path, load_baseline
from vaultkit.commands.common import add_output_option, add_vault_options, open_vault, read_config, vault_root
from vaultkit.engine.load import default_jobs
from vaultkit.engine.run import exit_code, verify
from vaultkit.errors import UsageError
from vaultkit.formats import Outcome, display_path, format_github, format_sarif
from vaultkit.model import Finding

FORMATS = ("text", "concise", "json", "sarif", "github")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("verify", help="check a vault (or some notes) and report findings", description=__doc__)
    p.add_argument(
        "paths",
        nargs="*",
        metavar="VAULT | NOTE",
        help="the vault folder (default: .), or note files to check with their vault as context",
    )
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    add_output_option(p, "write the findings to FILE instead of stdout (the summary still goes to stderr)", "--output-file")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are error findings")
    p.add_argument("--select", metavar="IDS", help="comma-separated rule ids or prefixes to run (e.g. VK3,VK401)")
    p.add_argument("--ignore", metavar="IDS", help="comma-separated rule ids or prefixes to skip")
    p.add_argument(
        "--baseline",
        nargs="?",
        const="",
        metavar="FILE",
        help="report and fail only on findings not in this baseline (default: .vaultkit-baseline.json at the vault "
        "root, which is also used without this option when it exists); write --baseline=FILE before note files",
    )
    p.add_argument("--no-baseline", action="store_true", help="ignore the vault's baseline file")
    p.add_argument(
        "--hook",
        action="store_true",
        help="pre-commit mode (also when PRE_COMMIT is set): a one-line summary first, no progress bar, "
        "no colour unless FORCE_COLOR is set",
    )
    p.add_argument(
        "--staged",
        action="store_true",
        help="the note files given are the staged ones (the pre-commit hook); with none, check only the links "
        "the staged deletes and renames break, not the whole vault",
    )
    add_vault_options(p)
    from vaultkit.cluster.cli import add_engine_options

    add_engine_options(p)  # --engine dask, --engine-address (the 'cluster' extra)


def _split_paths(args: argparse.Namespace) -> list[str]:
    """The paths given; `--baseline vault/` or `--baseline a.md` took a path as its FILE."""
    paths = list(args.paths)
    if args.baseline and (Path(args.baseline).is_dir() or args.baseline.lower().endswith(".md")):
        paths.insert(0, args.baseline)
        args.baseline = ""
    return paths


def _apply_baseline(root: Path, findings: Sequence[Finding], notes: int, args: argparse.Namespace) -> Outcome:
    if args.no_baseline:
        return Outcome(root, tuple(findings), notes)
    if args.baseline:
        path = Path(args.baseline)
    else:
        path = default_path(root)
        if args.baseline is None and not path.is_file():
            return Outcome(root, tuple(findings), notes)
    baseline = load_baseline(path)
    new, known = baseline.split(findings)
    return Outcome(root, tuple(new), notes, tuple(known), path)


def _under(prefix: str, findings: Sequence[Finding]) -> list[Finding]:
    """The findings of notes under the folder `prefix` (vault-relative; "" for the whole vault)."""
    if not prefix:
        return list(findings)
    return [f for f in findings if f.path.startswith(prefix + "/")]


def _announce(index: object, args: argparse.Namespace) -> None:
    """A line on stderr before the vault rules load the embedding model (20-30 s on a first run)."""
    from vaultkit.engine.run import enabled_rules

    config = getattr(index, "config", None)
    if args.hook or config is None:
        return
    for rule in enabled_rules(config, scope="vault"):
        if rule.loads_torch:
            print(f"vaultkit: loading the embedding model for {rule.id} ({rule.name})…", file=sys.stderr, flush=True)
            return


def _check_vault(path: str, args: argparse.Namespace) -> Outcome:
    """The vault at or above `path`; given a folder inside it, that folder's notes are checked
    (and counted) with the whole vault as context."""
    if not Path(path).is_dir():
        raise UsageError(f"{path}: not a folder; give the vault's folder")
    started = time.time_ns()
    root = vault_root(Path(path), args)
    prefix = Path(os.path.relpath(Path(path).resolve(), root)).as_posix()
    prefix = "" if prefix == "." else prefix
    if not args.no_cache and not prefix:
        from vaultkit.store import runs as runcache

        if runcache.may_recall(root):
            digest = runcache.vault_digest(root, read_config(root, args))
            remembered = runcache.recall(root, digest) if digest else None
            if remembered is not None:  # nothing changed since a run that remembered its findings
                return _apply_baseline(root, remembered.findings, remembered.notes, args)
    index = open_vault(root, args)
    if os.environ.get("VAULTKIT_DEBUG"):
        from vaultkit.engine.load import STATS

        print(f"vaultkit: debug: {STATS.cached} notes from the cache, {STATS.parsed} parsed", file=sys.stderr)
    refresh = None
    if not args.no_cache and not (args.select or args.ignore):
        from vaultkit.store.context import refresh_context

        # So the next hook run reads context, not every note; done while duplicates are sought.
        refresh = functools.partial(refresh_context, index.root, index.notes, started)
    _announce(index, args)
    bar = output.progress_bar(not args.hook and len(index.notes) >= 500, "vault rules", unit="rule", minimum=0)
    findings = verify(index, jobs=args.jobs or default_jobs(), alongside=refresh, progress=bar)
    if prefix:
        notes = sum(1 for n in index.notes if n.path.startswith(prefix + "/"))
        return _apply_baseline(index.root, _under(prefix, findings), notes, args)
    if not args.no_cache:
        from vaultkit.store import runs as runcache

        # Keyed by the bytes this run read and checked (not by the first read above: a note
        # saved in between must not have these findings recalled for its new content).
        digest = runcache.index_digest(index)
        if digest is not None and not any(f.rule == "VK100" and f.key in RACED for f in findings):
            runcache.remember(index.root, digest, findings, len(index.notes))
    return _apply_baseline(index.root, findings, len(index.notes), args)


# VK100 keys of notes that changed, vanished or became unreadable during the run: such a run's
# findings are not remembered (they may mix two versions of a note).
RACED = frozenset({"changed", "deleted", "unreadable"})


def _check_notes(paths: Sequence[str], args: argparse.Namespace) -> list[Outcome]:
    from vaultkit.engine.focus import check_focus
    from vaultkit.engine.staged import vault_groups

    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    outcomes = []
    for root, rels, is_vault in vault_groups(paths):
        config = read_config(root, args)
        # Files outside any vault are checked without a cache: nothing is written beside them.
        result = check_focus(root, rels, config, use_cache=is_vault and not args.no_cache, jobs=args.jobs)
        outcomes.append(_apply_baseline(root, result.findings, len(result.focus), args))
    return outcomes


def _check_staged_removals(args: argparse.Namespace) -> list[Outcome]:
    """The links elsewhere that the staged deletes and renames break, per vault they touch (a
    focus run with no focus notes: the context store, never the whole vault read)."""
    from vaultkit import vcs
    from vaultkit.engine.focus import check_focus
    from vaultkit.engine.staged import vault_of_removed

    top = vcs.toplevel(Path.cwd())
    if top is None:
        return []
    outcomes = []
    for root in vault_of_removed(top, [c.old for c in vcs.staged_changes(top) if c.status in "DR"]):
        config = read_config(root, args)
        result = check_focus(root, (), config, use_cache=not args.no_cache, jobs=args.jobs)
        outcomes.append(_apply_baseline(root, result.findings, len(result.focus), args))
    return outcomes


def _displayed(outcomes: Sequence[Outcome], relative_to_cwd: bool) -> list[Finding]:
    """Findings with paths relative to the working directory (`relative_to_cwd`, as the text
    formats show them), else relative to their vault."""
    if not relative_to_cwd:
        return [f for o in outcomes for f in o.findings]
    shown = []
    for o in outcomes:
        base = display_path(o.root, "_")[:-1]  # the vault as seen from here, resolved once: "../vault/"
        for f in o.findings:
            path = f.path if f.path in ("", ".") else posixpath.normpath(base + f.path)
            shown.append(replace(f, path=path))
    return shown


def _json(outcomes: Sequence[Outcome], focus: bool) -> str:
    reported = [f for o in outcomes for f in o.findings]
    known = sum(len(o.known) for o in outcomes)
    extra = {"baselined": known} if any(o.baseline for o in outcomes) else None
    if len(outcomes) == 1:
        o = outcomes[0]
        return output.format_json(o.findings, notes=o.notes, root=os.fspath(o.root), extra=extra)
    # Several vaults: one document, paths relative to the working directory.
    shown = _displayed(outcomes, True) if focus else reported
    return output.format_json(shown, notes=sum(o.notes for o in outcomes), root=os.getcwd(), extra=extra)


def render(outcomes: Sequence[Outcome], fmt: str, *, focus: bool, hook: bool, colour: bool) -> str:
    if fmt == "sarif":
        return format_sarif(outcomes)
    if fmt == "github":
        return format_github(outcomes)
    if fmt == "json":
        return _json(outcomes, focus)
    shown = _displayed(outcomes, True)  # paths that open from where the user stands, as `github` prints them
    body = output.format_concise(shown) if fmt == "concise" else output.format_text(shown, colour=colour)
    known = sum(len(o.known) for o in outcomes)
    notes = sum(o.notes for o in outcomes)
    if hook:
        vaults = " ".join(Path(os.path.relpath(o.root, Path.cwd().resolve())).as_posix() for o in outcomes)
        return output.hook_summary(shown, notes, staged=focus, vault=vaults or ".", baselined=known) + "\n" + body
    if fmt == "concise":
        return body
    return body + output.summary_line(shown, notes, baselined=known) + "\n"


def run(args: argparse.Namespace) -> int:
    if getattr(args, "engine", "local") != "local":
        from vaultkit.cluster.cli import run_cluster

        return run_cluster(args, "verify")
    args.hook = bool(args.hook or os.environ.get("PRE_COMMIT"))
    paths = _split_paths(args)
    focus = bool(paths) and not (len(paths) == 1 and Path(paths[0]).is_dir())
    if args.staged and not paths:  # a commit staging no note: only what its deletes and renames break
        focus = True
        outcomes = _check_staged_removals(args)
    else:
        outcomes = _check_notes(paths, args) if focus else [_check_vault(paths[0] if paths else ".", args)]
    if args.output is not None:
        colour = False
    elif args.hook:
        colour = output.forced_colour()
    else:
        colour = output.use_colour(sys.stdout)
    text = render(outcomes, args.format, focus=focus, hook=args.hook, colour=colour)
    if args.output:
        output.write_file(args.output, text, "the findings")
        notes = sum(o.notes for o in outcomes)
        shown = [f for o in outcomes for f in o.findings]
        print(f"{output.summary_line(shown, notes)} (written to {args.output})", file=sys.stderr)
    else:
        output.write(text)
    return 0 if args.exit_zero else exit_code(f for o in outcomes for f in o.findings)
