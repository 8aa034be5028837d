"""Rules about links: where each one goes, and what it leaves behind."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from vaultkit.config import Config
from vaultkit.graph import ResolvedLink, block_exists, build_graph, fold, heading_exists, orphans, resolve_all
from vaultkit.model import Finding, Severity
from vaultkit.rules.base import rule

if TYPE_CHECKING:
    from vaultkit.api import VaultIndex

_LAST: dict[str, Any] = {}


def analyse(index: VaultIndex) -> tuple[list[ResolvedLink], Any]:
    """Resolved links and the graph, computed once per index and shared by the link rules."""
    if _LAST.get("index") is not index:
        resolved = resolve_all(index)
        _LAST.clear()
        _LAST.update(index=index, resolved=resolved, graph=build_graph(index, resolved))
    return _LAST["resolved"], _LAST["graph"]


def _shown(r: ResolvedLink) -> str:
    return r.link.raw or f"[[{r.link.target}]]"


@rule("VK301", "broken-link", scope="vault", severity=Severity.ERROR)
def check_broken(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link or embed points at no note or file in the vault.

    Failing: `[[Quantisation notes]]` when no `Quantisation notes.md` exists.
    Passing: `[[Quantisation]]` with `Quantisation.md` anywhere in the vault.
    A link that only matches a front-matter alias is reported as VK302 instead.
    """
    resolved, _ = analyse(index)
    aliases = _alias_map(index)
    for r in resolved:
        if r.resolution.status != "unresolved" or fold(r.link.target) in aliases:
            continue
        what = "embed" if r.link.embed else "link"
        yield check_broken.finding(r.source, r.link.line, r.link.column, f"broken {what}: no note or file matches {_shown(r)}", key=r.link.target)


def _alias_map(index: VaultIndex) -> dict[str, list[str]]:
    aliases: dict[str, list[str]] = defaultdict(list)
    for note in index.notes:
        for alias in note.aliases:
            aliases[fold(alias.strip())].append(note.path)
    return aliases


@rule("VK302", "alias-only-link", scope="vault", severity=Severity.WARNING)
def check_alias_only(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link names a front-matter alias, which Obsidian does not resolve.

    Aliases only feed Obsidian's link suggestions; `[[alias]]` stays unresolved in the app.
    Failing: `[[Quantization]]` where `Quantisation.md` has `aliases: [Quantization]`.
    Passing: `[[Quantisation|Quantization]]`.
    """
    resolved, _ = analyse(index)
    aliases = _alias_map(index)
    for r in resolved:
        if r.resolution.status != "unresolved":
            continue
        owners = aliases.get(fold(r.link.target))
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
    resolved, _ = analyse(index)
    for r in resolved:
        if r.resolution.status == "ambiguous":
            others = ", ".join(r.resolution.candidates[1:4])
            yield check_ambiguous.finding(
                r.source, r.link.line, r.link.column,
                f"{_shown(r)} matches {len(r.resolution.candidates)} files; resolved by the shortest path to {r.resolution.path} (also: {others})",
                key=r.link.target,
            )


@rule("VK304", "missing-heading", scope="vault", severity=Severity.WARNING)
def check_heading(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's `#Heading` matches no heading of the target note.

    Headings are compared as Obsidian does (punctuation to spaces, case ignored).
    Failing: `[[Quantisation#Int4]]` when the note has no "Int4" heading.
    Passing: `[[Quantisation#int8]]` for a heading `## Int8`.
    """
    resolved, _ = analyse(index)
    by_path = {n.path: n for n in index.notes}
    for r in resolved:
        target = by_path.get(r.resolution.path or "")
        if target is not None and r.link.heading and not heading_exists(target, r.link.heading):
            yield check_heading.finding(
                r.source, r.link.line, r.link.column, f"{_shown(r)}: {target.path} has no heading {r.link.heading!r}", key=f"{r.link.target}#{r.link.heading}"
            )


@rule("VK305", "missing-block", scope="vault", severity=Severity.WARNING)
def check_block(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's `#^block` id is not defined in the target note.

    Failing: `[[Quantisation#^int4]]` with no line ending in `^int4`.
    Passing: `[[Quantisation#^int8-fact]]` with a line ending in `^int8-fact`.
    """
    resolved, _ = analyse(index)
    by_path = {n.path: n for n in index.notes}
    for r in resolved:
        target = by_path.get(r.resolution.path or "")
        if target is not None and r.link.block and not block_exists(target, r.link.block):
            yield check_block.finding(
                r.source, r.link.line, r.link.column, f"{_shown(r)}: {target.path} has no block ^{r.link.block}", key=f"{r.link.target}#^{r.link.block}"
            )


@rule("VK306", "impossible-target", scope="vault", severity=Severity.ERROR)
def check_impossible(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's target has characters no file name may have, so it can never resolve.

    Obsidian refuses `\\ :` in file names everywhere and `* " < > | ?` on Windows.
    Failing: `[[Paper: A Title]]`. Passing: `[[Paper - A Title]]`.
    """
    resolved, _ = analyse(index)
    for r in resolved:
        if r.resolution.status == "impossible":
            bad = "".join(sorted({c for c in r.link.target.rsplit("/", 1)[-1] if c in '\\:*"<>|?'}))
            yield check_impossible.finding(
                r.source, r.link.line, r.link.column, f"{_shown(r)} can never resolve: file names cannot contain {bad!r}", key=r.link.target
            )


@rule("VK307", "orphan-note", scope="vault", severity=Severity.INFO)
def check_orphans(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """No other note links to or embeds this note.

    Failing: a note nothing points at. Passing: any note with one incoming link.
    """
    _, graph = analyse(index)
    for path in orphans(index, graph):
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
            yield check_case_collision.finding(path, 1, 1, f"{path} and {paths[0]} differ only in case or Unicode form", key=fold(path))


RULES = (check_broken, check_alias_only, check_ambiguous, check_heading, check_block, check_impossible, check_orphans, check_case_collision)
