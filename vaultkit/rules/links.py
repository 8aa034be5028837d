"""Rules about links: where each one goes, and what it leaves behind.

The analysis (every link resolved once, by status, anchors, alias matches, orphans) is
vaultkit.links.link_analysis; these rules only turn its results into findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vaultkit.config import Config
from vaultkit.graph import FORBIDDEN_IN_NAMES, ResolvedLink, fold
from vaultkit.links import link_analysis
from vaultkit.model import Finding, Severity
from vaultkit.rules.base import rule

if TYPE_CHECKING:
    from vaultkit.api import VaultIndex


def _shown(r: ResolvedLink) -> str:
    return r.link.raw or f"[[{r.link.target}]]"


@rule("VK301", "broken-link", scope="vault", severity=Severity.ERROR)
def check_broken(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link or embed points at no note or file in the vault.

    Failing: `[[Quantisation notes]]` when no `Quantisation notes.md` exists.
    Passing: `[[Quantisation]]` with `Quantisation.md` anywhere in the vault.
    A link that only matches a front-matter alias is reported as VK302 instead.
    """
    for r, owners in link_analysis(index).unresolved:
        if owners is not None:
            continue
        what = "embed" if r.link.embed else "link"
        message = f"broken {what}: no note or file matches {_shown(r)}"
        yield check_broken.finding(r.source, r.link.line, r.link.column, message, key=r.link.target)


@rule("VK302", "alias-only-link", scope="vault", severity=Severity.WARNING)
def check_alias_only(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link names a front-matter alias, which Obsidian does not resolve.

    Aliases only feed Obsidian's link suggestions; `[[alias]]` stays unresolved in the app.
    Failing: `[[Quantization]]` where `Quantisation.md` has `aliases: [Quantization]`.
    Passing: `[[Quantisation|Quantization]]`.
    """
    for r, owners in link_analysis(index).unresolved:
        if owners:
            real = owners[0].rsplit("/", 1)[-1][:-3]
            yield check_alias_only.finding(
                r.source,
                r.link.line,
                r.link.column,
                f"{_shown(r)} names an alias of {owners[0]}; Obsidian does not resolve aliases: write [[{real}|{r.link.target}]]",
                key=r.link.target,
            )


@rule("VK303", "ambiguous-link", scope="vault", severity=Severity.INFO)
def check_ambiguous(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Several files match a link; Obsidian picks the shortest path, which may not be meant.

    Failing: `[[Index]]` with `Index.md` in two folders, neither the linking note's own.
    Passing: `[[Projects/Index]]`.
    """
    for r in link_analysis(index).with_status("ambiguous"):
        candidates = r.resolution.candidates
        message = (
            f"{_shown(r)} matches {len(candidates)} files; resolved by the shortest path to {r.resolution.path}"
            f" (also: {', '.join(candidates[1:4])})"
        )
        yield check_ambiguous.finding(r.source, r.link.line, r.link.column, message, key=r.link.target)


@rule("VK304", "missing-heading", scope="vault", severity=Severity.WARNING)
def check_heading(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's `#Heading` matches no heading of the target note.

    Headings are compared as Obsidian does (punctuation to spaces, case ignored).
    Failing: `[[Quantisation#Int4]]` when the note has no "Int4" heading.
    Passing: `[[Quantisation#int8]]` for a heading `## Int8`.
    """
    analysis = link_analysis(index)
    exists = analysis.anchors.heading_exists
    for r, target in analysis.anchored:
        if r.link.heading and not exists(target, r.link.heading):
            message = f"{_shown(r)}: {target.path} has no heading {r.link.heading!r}"
            yield check_heading.finding(r.source, r.link.line, r.link.column, message, key=f"{r.link.target}#{r.link.heading}")


@rule("VK305", "missing-block", scope="vault", severity=Severity.WARNING)
def check_block(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's `#^block` id is not defined in the target note.

    Failing: `[[Quantisation#^int4]]` with no line ending in `^int4`.
    Passing: `[[Quantisation#^int8-fact]]` with a line ending in `^int8-fact`.
    """
    analysis = link_analysis(index)
    exists = analysis.anchors.block_exists
    for r, target in analysis.anchored:
        if r.link.block and not exists(target, r.link.block):
            message = f"{_shown(r)}: {target.path} has no block ^{r.link.block}"
            yield check_block.finding(r.source, r.link.line, r.link.column, message, key=f"{r.link.target}#^{r.link.block}")


@rule("VK306", "impossible-target", scope="vault", severity=Severity.ERROR)
def check_impossible(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's target has characters no file name may have, so it can never resolve.

    Obsidian refuses `\\ :` in file names everywhere and `* " < > | ?` on Windows.
    Failing: `[[Paper: A Title]]`. Passing: `[[Paper - A Title]]`.
    """
    for r in link_analysis(index).with_status("impossible"):
        bad = "".join(sorted(FORBIDDEN_IN_NAMES.intersection(r.link.target.rsplit("/", 1)[-1])))
        message = f"{_shown(r)} can never resolve: file names cannot contain {bad!r}"
        yield check_impossible.finding(r.source, r.link.line, r.link.column, message, key=r.link.target)


@rule("VK307", "orphan-note", scope="vault", severity=Severity.INFO)
def check_orphans(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """No other note links to or embeds this note.

    Failing: a note nothing points at. Passing: any note with one incoming link.
    """
    for path in link_analysis(index).orphans:
        yield check_orphans.finding(path, 1, 1, "orphan: no other note links to this note", key="orphan")


@rule("VK308", "case-collision", scope="vault", severity=Severity.WARNING)
def check_case_collision(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Two notes' paths differ only in case (or Unicode normalisation).

    They cannot both exist on macOS or Windows, and links cannot tell them apart.
    Failing: `Ideas.md` and `ideas.md` in one folder. Passing: distinct names.
    """
    seen: dict[str, list[str]] = defaultdict(list)
    for note in index.notes:
        seen[fold(note.path)].append(note.path)
    for paths in seen.values():
        for path in paths[1:]:
            message = f"{path} and {paths[0]} differ only in case or Unicode form"
            yield check_case_collision.finding(path, 1, 1, message, key=fold(path))


RULES = (
    check_broken,
    check_alias_only,
    check_ambiguous,
    check_heading,
    check_block,
    check_impossible,
    check_orphans,
    check_case_collision,
)
