"""`vaultkit fix [PATHS]`: repair mojibake, legacy encodings and byte-order marks.

It reads the vault as `verify` does (the notes it finds, `exclude` applied, the same decoding
and the same repair), so it fixes what verify reports and nothing verify does not check.

Without --write it only shows a unified diff of what it would change (exit 1 when there is
something to fix). With --write each note is replaced atomically, its original bytes kept under
`.vaultkit/backup/` (unless --no-backup). A repair is written only when each span it changes,
damaged again with the plan's own steps, gives back the original exactly (the same verified
repair `verify` reads: vaultkit.ingest.mojibake). A lossy repair, where bytes were already lost
and become U+FFFD, is shown marked lossy and written only with --lossy (or `[fix] lossy = true`
in the configuration), always with a backup. Code blocks, inline code, math, link destinations,
URLs and file paths are never rewritten. A note is written only if it still holds the bytes
that were read; a symlinked note (or one reached through a symlinked folder) and a read-only
note are reported, not written. A UTF-8 note with a few bytes that are not UTF-8 is reported
(`vaultkit verify`, VK113), never re-encoded.
"""

from __future__ import annotations

import argparse
import difflib
from dataclasses import dataclass
from pathlib import Path

from vaultkit import output, relink
from vaultkit.config import load_config
from vaultkit.engine.load import discover_notes, read_note
from vaultkit.engine.parse import lossy_enabled, repair_text
from vaultkit.errors import UsageError
from vaultkit.fixer import ChangedOnDisk, NotWritable, check_writable, replace_note
from vaultkit.ingest.decode import decode_bytes
from vaultkit.ingest.discover import find_vault_root
from vaultkit.ingest.mojibake import PlanStep, replay_plan
from vaultkit.model import Finding


@dataclass(frozen=True)
class Proposal:
    rel: str
    original: bytes
    new: bytes
    old_text: str
    new_text: str
    reasons: tuple[str, ...]
    lossy: bool = False  # some bytes were already lost: U+FFFD stands for them


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("fix", help="repair mojibake and encodings (dry run unless --write)", description=__doc__)
    p.add_argument("paths", nargs="*", default=["."], help="notes or folders (default: the vault at .)")
    p.add_argument("--write", action="store_true", help="write the repairs (atomically, with backups)")
    p.add_argument("--no-backup", action="store_true", help="do not keep the original bytes under .vaultkit/backup/")
    p.add_argument(
        "--lossy", action="store_true", help="also write lossy repairs (bytes already lost become U+FFFD); needs the backup"
    )
    relink.add_arguments(p)  # --links: rewrite links broken by renames and moves (vaultkit.relink)


def _plan_is_exact(old_text: str, new_text: str, plan: tuple[PlanStep, ...]) -> bool:
    """The recorded plan, replayed on the text that was read with every step verified again
    span by span (chained, each against the text the step before it left), gives the repair."""
    try:
        return replay_plan(old_text, plan) == new_text
    except ValueError:
        return False


def propose(root: Path, rel: str, *, lossy: bool = False) -> Proposal | str | None:
    """What fixing one note would write; a string says why it is refused; None: nothing to do.
    Lossy repairs are part of it only with `lossy`; else they are named in the refusal or in
    a note after the reasons."""
    original = read_note(root, rel)
    if isinstance(original, Finding):
        return f"{rel}: {original.message}; not fixed"
    decoded = decode_bytes(original)
    if decoded.text is None:
        return None
    if decoded.problem == "invalid-utf8":
        where = ", ".join(
            f"line {line} column {col} ({' '.join(f'0x{b:02X}' for b in bad[:4])})" for line, col, bad in decoded.invalid[:3]
        )
        more = f" and {len(decoded.invalid) - 3} more" if len(decoded.invalid) > 3 else ""
        return f"{rel}: UTF-8 but for bytes that are not UTF-8 at {where}{more}; not fixed (remove or retype them by hand)"
    reasons = []
    if decoded.problem == "bom":
        reasons.append("remove the UTF-8 byte-order mark")
    elif decoded.problem in ("utf-16", "legacy"):
        if (
            decoded.text.encode(decoded.encoding, errors="strict") != original.lstrip(b"\xff\xfe").lstrip(b"\xfe\xff")
            and decoded.problem == "legacy"
        ):
            return f"{rel}: re-encoding from {decoded.encoding} would not be lossless; not fixed"
        reasons.append(f"re-encode from {decoded.encoding} to UTF-8")
    text = decoded.text
    repair = repair_text(text, lossy=lossy)
    if repair.plan:
        if not _plan_is_exact(text, repair.text, repair.plan):
            return f"{rel}: the mojibake repair is not lossless; not fixed (see `vaultkit verify`)"
        reasons.extend(
            f"{r.description}, lines {r.start_line}-{r.end_line}"
            for r in repair.regions
            if not r.in_code and (lossy or not r.lossy)
        )
    if repair.withheld:
        lines = ", ".join(f"{s.start_line}-{s.end_line}" for s in repair.withheld)
        held = f"{rel}: lossy mojibake repair (bytes already lost become U+FFFD) at lines {lines}; not written without --lossy"
        if not reasons:
            return held
        reasons.append(f"not the lossy repair at lines {lines} (use --lossy)")
    if not reasons:
        return None
    lossy_written = any(step.lossy for step in repair.plan)
    return Proposal(rel, original, repair.text.encode("utf-8"), text, repair.text, tuple(reasons), lossy_written)


def _targets(paths: list[str]) -> tuple[Path, list[str], bool]:
    first = Path(paths[0])
    if not first.exists():
        raise UsageError(f"{first}: no such file or folder")
    root = find_vault_root(first if first.is_dir() else first.parent)
    config = load_config(root)
    found, _ = discover_notes(root, config)  # as verify reads the vault: `exclude` applies
    notes = set(found.notes)
    chosen: list[str] = []
    for raw in paths:
        p = Path(raw).resolve()
        if not p.exists():
            raise UsageError(f"{raw}: no such file or folder")
        try:
            rel = p.relative_to(root).as_posix()
        except ValueError:
            raise UsageError(f"{raw}: not inside the vault at {root}") from None
        if p.is_dir():
            prefix = "" if rel == "." else rel + "/"
            chosen.extend(n for n in sorted(notes) if n.startswith(prefix))
        elif rel in notes:
            chosen.append(rel)
        else:
            output.echo(
                f"{output.printable_text(raw)}: not a note of the vault (or excluded by its configuration); not fixed", err=True
            )
    return root, sorted(set(chosen)), lossy_enabled(config)


_ATTEMPTS = 3


def _write(root: Path, rel: str, proposal: Proposal, *, backup: bool, lossy: bool) -> Path | None:
    """Write the repair; when the note changed since it was read (an editor or sync client
    writing meanwhile), repair the new bytes and try again, a few times, then give up."""
    for attempt in range(_ATTEMPTS):
        try:
            return replace_note(root, rel, proposal.original, proposal.new, backup=backup)
        except ChangedOnDisk:
            if attempt == _ATTEMPTS - 1:
                raise
        again = propose(root, rel, lossy=lossy)
        if not isinstance(again, Proposal):  # nothing to fix any more, or now refused
            raise ChangedOnDisk(f"{rel}: changed on disk while being fixed; not written" + (f" ({again})" if again else ""))
        proposal = again
    raise AssertionError("unreachable")  # pragma: no cover


def run(args: argparse.Namespace) -> int:
    if args.links:
        return relink.run(args)
    root, rels, lossy = _targets(args.paths)
    lossy = lossy or args.lossy
    if lossy and args.write and args.no_backup:
        raise UsageError("lossy repairs are written only with a backup of the original bytes; drop --no-backup")
    pending = 0
    refused = 0
    for rel in rels:
        try:
            proposal = propose(root, rel, lossy=lossy)
        except OSError as exc:
            output.echo(f"{rel}: cannot read: {exc.strerror or exc}", err=True)
            refused += 1
            continue
        if proposal is None:
            continue
        if isinstance(proposal, str):
            output.echo(proposal, err=True)
            refused += 1
            continue
        pending += 1
        output.echo(f"{rel}: " + "; ".join(proposal.reasons))
        diff = difflib.unified_diff(
            proposal.old_text.splitlines(keepends=True),
            proposal.new_text.splitlines(keepends=True),
            f"a/{rel}",
            f"b/{rel}" + ("\t(lossy: U+FFFD stands for bytes already lost)" if proposal.lossy else ""),
        )
        output.write("".join(diff))
        if not args.write:
            why = check_writable(root, rel)
            if why is not None:
                output.echo(why.replace("; not written", "; would not be written"), err=True)
            continue
        try:
            saved = _write(root, rel, proposal, backup=not args.no_backup, lossy=lossy)
        except (ChangedOnDisk, NotWritable) as exc:
            output.echo(str(exc), err=True)
            refused += 1
            continue
        except OSError as exc:
            output.echo(f"{rel}: cannot write: {exc.strerror or exc}; not written", err=True)
            refused += 1
            continue
        output.echo(f"{rel}: written" + (f" (original kept in {saved.relative_to(root)})" if saved else ""))
    if not pending:
        output.echo("nothing to fix")
    elif not args.write:
        output.echo(f"{pending} note(s) would be fixed; run again with --write")
        return 1
    return 1 if refused else 0
