"""`vaultkit fix --links`: rewrite the links that renames and moves made outside Obsidian broke.

Obsidian rewrites every link to a note it renames or moves; `git mv`, a file manager or a script
does not. This finds, for each link of the vault, where it went before the renames and where it
goes now, and rewrites it when the target is certain:

- the file it reached was renamed or moved: git's rename detection between `--since REF`
  (default HEAD) and the work tree (`git diff -M --name-status`; a file moved without git is
  matched to the deleted one by identical content), and each `--renamed OLD NEW` given;
- the note holding a relative link (`[[../x]]`) moved and the link no longer reaches its file;
- the link is broken and has exactly one "did you mean" target (vaultkit.suggest).

Only the target part of a link is replaced (vaultkit.linkform): its form is kept (wikilink or
Markdown link with its %-encoding or `<...>`, embed, display text, `#heading`, `#^block`,
spacing, `.md` written or not), and the path is written as `.obsidian/app.json`'s
`newLinkFormat` says (the file name when it is unique from the note, else the vault path;
relative; absolute). Every other byte of every note is unchanged. Links whose target is not
certain (two files equally close, or a name in several folders) are listed, never guessed.
Without --write a unified diff is shown (exit 1 when there is something to rewrite); with
--write each note is replaced atomically with a backup (vaultkit.fixer).
"""

from __future__ import annotations

import argparse
import codecs
import difflib
import os
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from vaultkit import linkform, output, vcs
from vaultkit.errors import UsageError
from vaultkit.graph import Resolver
from vaultkit.ingest.markdown import scan_markdown
from vaultkit.model import Link, VaultIndex
from vaultkit.suggest import Suggester


@dataclass(frozen=True)
class Rewrite:
    """One link to rewrite: at `line`:`column` of the note, `old` (as written) becomes `new`."""

    line: int
    column: int
    old: str
    new: str
    why: str


@dataclass
class Plan:
    """The rewrites of each note, and the links left alone because their target is not certain."""

    rewrites: dict[str, list[Rewrite]] = field(default_factory=dict)
    uncertain: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(r) for r in self.rewrites.values())


# --- what was renamed ---------------------------------------------------------------------------


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes | None:
    try:
        proc = subprocess.run(
            ["git", *args], cwd=cwd, env=vcs.git_env(), input=stdin, capture_output=True, check=False, timeout=120
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def _vault_path(root: Path, top: Path, path: str) -> str | None:
    rel = os.path.relpath(top / path, root)
    if rel.startswith(".."):
        return None
    return Path(rel).as_posix()


def git_renames(root: Path, ref: str = "HEAD") -> dict[str, str]:
    """{old vault path: new vault path} of the files renamed or moved since `ref` (the work tree
    against the commit, staged or not). A file deleted since `ref` whose exact content is now an
    untracked file (moved without git) counts as renamed to it, when that match is unique."""
    top = vcs.toplevel(root)
    if top is None:
        return {}
    out = _git(["diff", "-M", "--name-status", "-z", "--no-ext-diff", "--no-color", ref, "--"], top)
    if out is None:
        raise UsageError(f"git diff against {ref!r} failed: is it a commit of the repository at {top}?")
    fields = out.decode("utf-8", "surrogateescape").split("\0")
    renamed: dict[str, str] = {}
    deleted: list[str] = []
    i = 0
    while i < len(fields) and fields[i]:
        status = fields[i][:1]
        if status in "RC":
            if status == "R":
                old, new = _vault_path(root, top, fields[i + 1]), _vault_path(root, top, fields[i + 2])
                if old is not None and new is not None:
                    renamed[old] = new
            i += 3
            continue
        if status == "D":
            deleted.append(fields[i + 1])
        i += 2
    renamed.update(_moved_without_git(root, top, ref, deleted))
    return renamed


def _moved_without_git(root: Path, top: Path, ref: str, deleted: list[str]) -> dict[str, str]:
    if not deleted:
        return {}
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z", "--", str(root)], top)
    if not untracked:
        return {}
    fresh = [p for p in untracked.decode("utf-8", "surrogateescape").split("\0") if p]
    hashes = _git(["hash-object", "--stdin-paths"], top, "\n".join(fresh).encode("utf-8", "surrogateescape"))
    old = _git(["rev-parse", *(f"{ref}:{p}" for p in deleted)], top)
    if hashes is None or old is None:
        return {}
    by_hash: dict[str, list[str]] = defaultdict(list)
    for path, sha in zip(fresh, hashes.decode().split(), strict=False):
        by_hash[sha].append(path)
    out: dict[str, str] = {}
    for path, sha in zip(deleted, old.decode().split(), strict=False):
        match = by_hash.get(sha, [])
        a, b = _vault_path(root, top, path), _vault_path(root, top, match[0]) if len(match) == 1 else None
        if a is not None and b is not None:
            out[a] = b
    return out


# --- the plan ----------------------------------------------------------------------------------


def _reaches(new: str, kind: str, source: str, resolver: Resolver) -> str | None:
    """Where the link written `new` goes from `source`."""
    found = scan_markdown(new).links
    if len(found) != 1 or found[0].kind != kind:
        return None
    return resolver.resolve(found[0].target, source).path


def plan_links(index: VaultIndex, renames: Mapping[str, str], *, suggestions: bool = True) -> Plan:
    """The rewrites that make every link broken by `renames` (old path → new path) reach its
    file again, and every broken link with one certain suggestion reach it."""
    notes_now = [n.path for n in index.notes]
    files_now = list(index.files)
    back = {new: old for old, new in renames.items()}
    now = Resolver(notes_now, files_now)
    before = Resolver([back.get(p, p) for p in notes_now], [back.get(p, p) for p in files_now])
    suggester = Suggester(notes_now, files_now) if suggestions else None
    fmt = linkform.link_format(index.root)
    plan = Plan()
    for note in index.notes:
        source = note.path
        old_source = back.get(source, source)
        for link in note.links:
            if not link.target or not link.raw:
                continue
            after = now.resolve(link.target, source)
            was = before.resolve(link.target, old_source).path
            if was is not None and (was in renames or old_source != source):
                # The file it reached was renamed or moved, or the note holding it moved: it
                # should reach that file where it is now (Obsidian rewrites it so).
                want = renames.get(was, was)
                why = f"{was} was renamed to {want}" if was in renames else f"{old_source} moved to {source}"
            elif after.path is None and suggester is not None:
                candidates = suggester.candidates(link.target, source)
                if len(candidates) > 1:
                    shown = ", ".join(c.path for c in candidates[:4])
                    plan.uncertain.append(f"{source}:{link.line}:{link.column}: {link.raw} could be {shown}; not rewritten")
                if len(candidates) != 1:
                    continue
                want, why = candidates[0].path, f"did you mean: {candidates[0].kind}"
            else:
                continue
            if after.path == want:
                continue
            _add(plan, note.path, link, want, why, now, fmt)
    return plan


def _add(plan: Plan, source: str, link: Link, want: str, why: str, resolver: Resolver, fmt: linkform.LinkFormat) -> None:
    new = linkform.rewrite(link, linkform.target_text(want, link, source, resolver, fmt))
    if new is None or new == link.raw:
        return
    if _reaches(new, link.kind, source, resolver) != want:
        plan.uncertain.append(f"{source}:{link.line}:{link.column}: {link.raw} cannot be written to reach {want}; not rewritten")
        return
    plan.rewrites.setdefault(source, []).append(Rewrite(link.line, link.column, link.raw, new, why))


def apply(data: bytes, rewrites: Iterable[Rewrite]) -> bytes | str:
    """The note's bytes with the rewrites made, or why they cannot be (not UTF-8, or a link not
    where it was read). Only the links' characters change."""
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    try:
        text = data[len(bom) :].decode("utf-8")
    except UnicodeDecodeError:
        return "not UTF-8; links not rewritten"
    lines = text.split("\n")
    by_line: dict[int, list[Rewrite]] = defaultdict(list)
    for r in rewrites:
        by_line[r.line].append(r)
    for number, items in by_line.items():
        if not 1 <= number <= len(lines):
            return f"line {number} is gone; links not rewritten"
        line = lines[number - 1]
        for r in sorted(items, key=lambda r: -r.column):  # right to left: columns stay valid
            at = r.column - 1
            if line[at : at + len(r.old)] != r.old:
                return f"{r.old} is no longer at line {r.line} column {r.column}; links not rewritten"
            line = line[:at] + r.new + line[at + len(r.old) :]
        lines[number - 1] = line
    return bom + "\n".join(lines).encode("utf-8")


# --- the command -------------------------------------------------------------------------------


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--links", action="store_true", help="rewrite links broken by renames and moves (see vaultkit.relink)")
    p.add_argument("--since", default="HEAD", metavar="REF", help="with --links: renames since this commit (default HEAD)")
    p.add_argument("--renamed", nargs=2, action="append", default=[], metavar=("OLD", "NEW"), help="with --links: a rename")
    p.add_argument("--no-suggestions", action="store_true", help="with --links: only renames, no did-you-mean targets")


def run(args: argparse.Namespace) -> int:
    from vaultkit.api import load_vault
    from vaultkit.config import load_config
    from vaultkit.fixer import ChangedOnDisk, NotWritable, check_writable, replace_note
    from vaultkit.ingest.discover import find_vault_root

    start = Path(args.paths[0] if args.paths else ".")
    if not start.exists():
        raise UsageError(f"{start}: no such file or folder")
    explicit_root = getattr(args, "root", None)
    root = (Path(explicit_root) if explicit_root else find_vault_root(start if start.is_dir() else start.parent)).resolve()
    renames = git_renames(root, args.since)
    for old, new in args.renamed:
        renames[_relative(root, old)] = _relative(root, new)
    config_file = getattr(args, "config", None)
    index = load_vault(root, config=load_config(root, Path(config_file) if config_file else None))
    plan = plan_links(index, renames, suggestions=not args.no_suggestions)
    for line in plan.uncertain:
        output.echo(line, err=True)
    refused = 0
    for rel, rewrites in sorted(plan.rewrites.items()):
        original = (root / rel).read_bytes()
        new = apply(original, rewrites)
        if isinstance(new, str):
            output.echo(f"{rel}: {new}", err=True)
            refused += 1
            continue
        output.echo(f"{rel}: " + "; ".join(f"{r.old} → {r.new} ({r.why})" for r in rewrites))
        old_text, new_text = original.decode("utf-8", "replace"), new.decode("utf-8", "replace")
        old_lines, new_lines = old_text.splitlines(keepends=True), new_text.splitlines(keepends=True)
        diff = difflib.unified_diff(old_lines, new_lines, f"a/{rel}", f"b/{rel}")
        output.write(output.printable_text("".join(diff)))
        if not args.write:
            why = check_writable(root, rel)
            if why is not None:
                output.echo(why.replace("; not written", "; would not be written"), err=True)
            continue
        try:
            saved = replace_note(root, rel, original, new, backup=not args.no_backup)
        except (ChangedOnDisk, NotWritable) as exc:
            output.echo(str(exc), err=True)
            refused += 1
            continue
        output.echo(f"{rel}: written" + (f" (original kept in {saved.relative_to(root)})" if saved else ""))
    if not plan.rewrites:
        output.echo("no links to rewrite" + (f" ({len(plan.uncertain)} uncertain, listed above)" if plan.uncertain else ""))
        return 1 if plan.uncertain else 0
    if not args.write:
        output.echo(f"{plan.count} link(s) in {len(plan.rewrites)} note(s) would be rewritten; run again with --write")
        return 1
    return 1 if refused or plan.uncertain else 0


def _relative(root: Path, path: str) -> str:
    """A path given on the command line as a vault path (absolute, or relative to the vault or
    to the working directory)."""
    p = Path(path)
    for candidate in (p, Path.cwd() / p):
        if candidate.is_absolute():
            try:
                return candidate.resolve().relative_to(root).as_posix()
            except ValueError:
                continue
    return p.as_posix()
