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

The paths must be notes or folders of one vault (the folder holding `.obsidian/` or a vaultkit
configuration, else --root): a missing path, a file that is no note and a folder that is no
vault are refused before anything is written. Exit codes: 0 when every repair was written (or
there was nothing to fix); 1 when a dry run finds notes to fix, or when some notes could not be
written (a read-only folder or note, a symlink, a note changed meanwhile: each named on stderr
in one line, the others still fixed); 2 for a usage error, and for a full disk: the run stops at
the first note it cannot write, which keeps its bytes, with no temporary or backup left of it.
"""

from __future__ import annotations

import argparse
import difflib
import errno
from dataclasses import dataclass
from pathlib import Path

from vaultkit import output, relink
from vaultkit.commands.common import vault_root
from vaultkit.config import load_config
from vaultkit.engine.load import discover_notes, read_note
from vaultkit.engine.parse import lossy_enabled, repair_text
from vaultkit.errors import CannotWrite, UsageError, out_of_space, write_advice
from vaultkit.fixer import ChangedOnDisk, NotWritable, check_writable, replace_note
from vaultkit.ingest.decode import decode_bytes
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
    p.add_argument("--config", type=Path, metavar="FILE", help="configuration file (default: found in the vault)")
    p.add_argument(
        "--root",
        type=Path,
        metavar="DIR",
        help="the vault's folder (default: the folder at or above the one given holding .obsidian/ or a vaultkit config)",
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


def _vault(paths: list[str], args: argparse.Namespace) -> Path:
    """The vault of the first path (`--root`, else the folder holding `.obsidian/` or a vaultkit
    config at or above it): a path that is missing, or lies in no vault, is refused (exit 2)."""
    for raw in paths:
        if not Path(raw).exists():
            raise UsageError(f"{raw}: no such file or folder; give notes or folders of a vault")
    first = Path(paths[0])
    return vault_root(first if first.is_dir() else first.parent, args)


def _targets(paths: list[str], args: argparse.Namespace) -> tuple[Path, list[str], bool]:
    root = _vault(paths, args)
    config = load_config(root, getattr(args, "config", None))
    found, _ = discover_notes(root, config)  # as verify reads the vault: `exclude` applies
    notes = set(found.notes)
    chosen: list[str] = []
    for raw in paths:
        p = Path(raw).resolve()
        try:
            rel = p.relative_to(root).as_posix()
        except ValueError:
            raise UsageError(f"{raw}: not inside the vault at {root}; fix the notes of one vault at a time") from None
        if p.is_dir():
            prefix = "" if rel == "." else rel + "/"
            chosen.extend(n for n in sorted(notes) if n.startswith(prefix))
        elif rel in notes:
            chosen.append(rel)
        elif p.suffix.lower() == ".md":  # refused before anything is written: never a quiet "nothing to fix"
            raise UsageError(
                f"{raw}: excluded by the vault's configuration (exclude, or Obsidian's excluded files); not fixed: "
                "fix only the notes verify checks"
            )
        else:
            raise UsageError(f"{raw}: not a note (vaultkit fixes .md notes); give notes or folders of the vault")
    return root, sorted(set(chosen)), lossy_enabled(config)


_ATTEMPTS = 3


class AlreadyFixed(Exception):
    """The note changed while being fixed and needs no repair any more."""


def _write_failed(rel: str, exc: OSError, *, left: int) -> str:
    """One line for a note that could not be written: why, and what to do."""
    folder = rel.rpartition("/")[0] or "the vault's root folder"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"{rel}: cannot write: {exc.strerror}; not written (its folder, {folder}, or .vaultkit/backup is "
            "read-only: make it writable and run fix --write again)"
        )
    if out_of_space(exc):
        more = "; the notes after it were not tried" if left else ""
        return f"{rel}: cannot write: {exc.strerror}; not written{more} (free some space and run fix --write again)"
    advice = write_advice(exc)
    return f"{rel}: cannot write: {exc.strerror or exc}; not written" + (f" ({advice})" if advice else "")


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
        if again is None:  # nothing to fix any more: repaired meanwhile (another `fix --write`)
            raise AlreadyFixed(f"{rel}: repaired meanwhile by another program; nothing to write")
        if isinstance(again, str):  # changed into something refused
            raise ChangedOnDisk(f"{rel}: changed on disk while being fixed; not written ({again})")
        proposal = again
    raise AssertionError("unreachable")  # pragma: no cover


def run(args: argparse.Namespace) -> int:
    if args.links:
        _vault(args.paths, args)  # the same refusal of a folder that is no vault
        return relink.run(args)
    root, rels, lossy = _targets(args.paths, args)
    lossy = lossy or args.lossy
    if lossy and args.write and args.no_backup:
        raise UsageError("lossy repairs are written only with a backup of the original bytes; drop --no-backup")
    pending = 0
    refused = 0
    unwritten = 0
    for at, rel in enumerate(rels):
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
        except AlreadyFixed as exc:
            output.echo(str(exc))
            continue
        except (ChangedOnDisk, NotWritable) as exc:
            output.echo(str(exc), err=True)
            refused += 1
            continue
        except OSError as exc:
            if out_of_space(exc):  # every later write fails too: stop here, nothing half-written
                raise CannotWrite(_write_failed(rel, exc, left=len(rels) - at - 1)) from None
            output.echo(_write_failed(rel, exc, left=0), err=True)
            refused += 1
            unwritten += 1
            continue
        output.echo(f"{rel}: written" + (f" (original kept in {saved.relative_to(root)})" if saved else ""))
    if not pending:
        output.echo("nothing to fix")
    elif not args.write:
        output.echo(f"{pending} note(s) would be fixed; run again with --write")
        return 1
    if unwritten:
        output.echo(f"vaultkit: {unwritten} note(s) could not be written (see above); the others were", err=True)
    return 1 if refused else 0
