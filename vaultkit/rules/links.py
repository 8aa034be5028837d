"""Rules about links: where each one goes, and what it leaves behind."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from vaultkit.config import Config
from vaultkit.graph import Anchors, Resolution, ResolvedLink, build_graph, fold, resolver_for
from vaultkit.model import Finding, Note, Severity
from vaultkit.rules.base import rule

if TYPE_CHECKING:
    from vaultkit.api import VaultIndex

_LAST: dict[str, Any] = {}


class LinkAnalysis:
    """One pass over every link, shared by the link rules (and by `vaultkit graph` and reports
    through analyse()): each link is resolved, and what the rules need is noted while the link
    is at hand (links by status, links with a subpath into a note, linked nodes). The graph is
    built only when asked for: verify needs none, orphans come from the same pass."""

    def __init__(self, index: VaultIndex) -> None:
        self.index = index
        self._graph: Any = None
        self.anchors = Anchors(index.notes)
        self._unresolved: list[tuple[ResolvedLink, list[str] | None]] | None = None
        by_path = self.anchors.by_path
        resolver = resolver_for(index)
        resolve, known = resolver.resolve, resolver._memo.get
        resolved: list[ResolvedLink] = []
        by_status: dict[str, list[ResolvedLink]] = {"unresolved": [], "ambiguous": [], "impossible": []}
        anchored: list[tuple[ResolvedLink, Note]] = []
        linked: set[str] = set()
        add, add_linked = resolved.append, linked.add
        for note in index.notes:
            source = note.path
            for link in note.links:
                hit = known(link.target)  # resolve_all's inlined Resolver.resolve
                resolution = hit if type(hit) is Resolution else resolve(link.target, source)
                r = ResolvedLink(source, link, resolution)
                add(r)
                if resolution.status != "resolved":
                    by_status[resolution.status].append(r)
                target = resolution.path
                if target is None:
                    target = "unresolved:" + link.target  # the graph's node id
                elif link.heading or link.block:
                    into = by_path.get(target)
                    if into is not None:
                        anchored.append((r, into))
                if target != source:  # a self-link does not save a note from being an orphan
                    add_linked(target)
        self.resolved = resolved
        self.anchored = anchored  # each link with a `#heading` or `#^block` into a note, with the note
        self._by_status, self._linked = by_status, linked

    @property
    def graph(self) -> Any:
        if self._graph is None:
            self._graph = build_graph(self.index, self.resolved)
        return self._graph

    def with_status(self, status: str) -> list[ResolvedLink]:
        """The links whose resolution has this status (not "resolved"), in order."""
        return self._by_status[status]

    @property
    def orphans(self) -> list[str]:
        """graph.orphans(index, self.graph), without the graph."""
        linked = self._linked
        return [n.path for n in self.index.notes if n.path not in linked]

    @property
    def unresolved(self) -> list[tuple[ResolvedLink, list[str] | None]]:
        """Each unresolved link with the notes whose aliases it names (None: no alias)."""
        if self._unresolved is None:
            aliases = _alias_map(self.index) if self._by_status["unresolved"] else {}
            folded: dict[str, str] = {}
            out = []
            for r in self.with_status("unresolved"):
                target = r.link.target
                key = folded.get(target)
                if key is None:
                    key = folded[target] = fold(target)
                out.append((r, aliases.get(key)))
            self._unresolved = out
        return self._unresolved


def link_analysis(index: VaultIndex) -> LinkAnalysis:
    """The shared analysis of `index`, computed once per index.

    It is built with the cyclic collector paused and then frozen, as load_vault freezes the
    index: one record per link (70k for 10k notes), acyclic, living as long as the index, and
    the full collections that the rules after it trigger would otherwise walk them again
    (measured on 2 shared cores: the link rules right after a warm 10k-note load 0.76-1.04 s →
    0.60-0.89 s, and the 300k allocations after them 0.11-0.17 s → 0.04-0.06 s)."""
    if _LAST.get("index") is not index:
        _LAST.clear()
        enabled = gc.isenabled()
        gc.disable()
        try:
            built = LinkAnalysis(index)
            if enabled:
                gc.freeze()
        finally:
            if enabled:
                gc.enable()
        _LAST.update(index=index, analysis=built)
    analysis: LinkAnalysis = _LAST["analysis"]
    return analysis


def analyse(index: VaultIndex) -> tuple[list[ResolvedLink], Any]:
    """Resolved links and the graph, computed once per index and shared by the link rules."""
    analysis = link_analysis(index)
    return analysis.resolved, analysis.graph


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
    analysis = link_analysis(index)
    exists = analysis.anchors.heading_exists
    for r, target in analysis.anchored:
        if r.link.heading and not exists(target, r.link.heading):
            yield check_heading.finding(
                r.source, r.link.line, r.link.column, f"{_shown(r)}: {target.path} has no heading {r.link.heading!r}", key=f"{r.link.target}#{r.link.heading}"
            )


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
            yield check_block.finding(
                r.source, r.link.line, r.link.column, f"{_shown(r)}: {target.path} has no block ^{r.link.block}", key=f"{r.link.target}#^{r.link.block}"
            )


@rule("VK306", "impossible-target", scope="vault", severity=Severity.ERROR)
def check_impossible(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's target has characters no file name may have, so it can never resolve.

    Obsidian refuses `\\ :` in file names everywhere and `* " < > | ?` on Windows.
    Failing: `[[Paper: A Title]]`. Passing: `[[Paper - A Title]]`.
    """
    for r in link_analysis(index).with_status("impossible"):
        bad = "".join(sorted({c for c in r.link.target.rsplit("/", 1)[-1] if c in '\\:*"<>|?'}))
        yield check_impossible.finding(
            r.source, r.link.line, r.link.column, f"{_shown(r)} can never resolve: file names cannot contain {bad!r}", key=r.link.target
        )


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
            yield check_case_collision.finding(path, 1, 1, f"{path} and {paths[0]} differ only in case or Unicode form", key=fold(path))


RULES = (check_broken, check_alias_only, check_ambiguous, check_heading, check_block, check_impossible, check_orphans, check_case_collision)
