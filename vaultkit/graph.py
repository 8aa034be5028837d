"""Link resolution exactly as Obsidian does it, and the vault's link graph (networkx).

Resolution (Obsidian 1.13.x, observed; ../shared/research/vault-anchors.md §2.2):
1. the target is trimmed; `./` and `../` are relative to the linking note's folder;
2. an exact vault-relative path wins (`.md` optional, case-insensitive);
3. otherwise, among files whose path ends with `/target`, one in the linking note's own folder;
4. otherwise the shortest path string, then alphabetical order;
5. matching ignores case, and names are compared after NFC normalisation (a vault synced from
   macOS can store NFD names); an extensionless target only matches notes (`.md`);
6. front-matter aliases never resolve a link.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from vaultkit.model import Link, Note

if TYPE_CHECKING:
    import networkx as nx

    from vaultkit.api import VaultIndex

# Characters no file name may have: `\ :` on every system Obsidian runs on (`/` separates
# folders), and `* " < > | ?` on Windows, so a synced vault cannot hold them either.
FORBIDDEN_IN_NAMES = frozenset('\\:*"<>|?')
_STRIP_HEADING = re.compile(r"[!\"#$%&()*+,.:;<=>?@^`{|}~/\[\]\\\r\n]")
_SPACES = re.compile(r"\s+")


def fold(path: str) -> str:
    """The form paths are compared in: NFC, case-folded, `/` separators."""
    return unicodedata.normalize("NFC", path).casefold()


def strip_heading(text: str) -> str:
    """Obsidian's stripHeading(): punctuation to spaces, spaces collapsed, trimmed; then case-folded."""
    return _SPACES.sub(" ", _STRIP_HEADING.sub(" ", unicodedata.normalize("NFC", text))).strip().casefold()


Status = Literal["resolved", "ambiguous", "unresolved", "impossible"]


@dataclass(frozen=True)
class Resolution:
    """Where one link goes. `path` is the vault-relative target (None when unresolved);
    `candidates` lists every file that matched when the shortest-path rule had to choose."""

    status: Status
    path: str | None
    candidates: tuple[str, ...] = ()


class Resolver:
    """Built once per vault from every note and file path; answers lookups in O(1)."""

    def __init__(self, note_paths: Iterable[str], file_paths: Iterable[str] = ()) -> None:
        self.by_path: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.notes: set[str] = set()
        for path in note_paths:
            self._add(path, note=True)
        for path in file_paths:
            self._add(path, note=path.lower().endswith(".md"))
        for names in self.by_name.values():
            names.sort(key=lambda p: (len(p), p))

    def _add(self, path: str, *, note: bool) -> None:
        key = fold(path)
        self.by_path[key] = path
        if note:
            self.notes.add(path)
            stem = key[:-3]
            self.by_path.setdefault(stem, path)
            self.by_name[stem.rsplit("/", 1)[-1]].append(path)
        else:
            self.by_name["\x00" + key.rsplit("/", 1)[-1]].append(path)

    def resolve(self, target: str, source: str) -> Resolution:
        """Resolve `target` (the path part of a link) written in the note at `source`."""
        if not target:
            return Resolution("resolved", source)
        name = target.rsplit("/", 1)[-1]
        if any(c in FORBIDDEN_IN_NAMES for c in name):
            exact = self.by_path.get(fold(target))
            return Resolution("resolved", exact) if exact else Resolution("impossible", None)
        folder = source.rsplit("/", 1)[0] if "/" in source else ""
        if target.startswith(("./", "../")):
            target = posixpath.normpath(posixpath.join(folder, target))
            if target.startswith("../"):
                return Resolution("unresolved", None)
        key = fold(target)
        exact = self.by_path.get(key)
        if exact is not None:
            return Resolution("resolved", exact)
        base = key.rsplit("/", 1)[-1]
        is_note = not _has_extension(base) or base.endswith(".md")
        if base.endswith(".md"):
            base, key = base[:-3], key[:-3]
        pool = self.by_name.get(base if is_note else "\x00" + base, ())
        if not pool and is_note:  # `[[report.pdf]]`-like names that are notes after all
            pool = self.by_name.get("\x00" + base, ())
        suffix = "/" + key
        matches = [p for p in pool if _strip_md(fold(p)).endswith(suffix) or _strip_md(fold(p)) == key] if "/" in key else list(pool)
        if not matches:
            return Resolution("unresolved", None)
        if len(matches) == 1:
            return Resolution("resolved", matches[0])
        own = [p for p in matches if (p.rsplit("/", 1)[0] if "/" in p else "") == folder]
        if own:
            return Resolution("resolved", own[0])
        return Resolution("ambiguous", matches[0], tuple(matches))


def _has_extension(name: str) -> bool:
    dot = name.rfind(".")
    return 0 < dot < len(name) - 1 and " " not in name[dot:] and len(name) - dot <= 6


def _strip_md(path: str) -> str:
    return path[:-3] if path.endswith(".md") else path


def resolver_for(index: VaultIndex) -> Resolver:
    return Resolver((n.path for n in index.notes), index.files)


@dataclass(frozen=True)
class ResolvedLink:
    source: str
    link: Link
    resolution: Resolution


def resolve_all(index: VaultIndex, resolver: Resolver | None = None) -> list[ResolvedLink]:
    resolver = resolver or resolver_for(index)
    out = []
    for note in index.notes:
        for link in note.links:
            out.append(ResolvedLink(note.path, link, resolver.resolve(link.target, note.path)))
    return out


def heading_exists(target: Note, subpath: str) -> bool:
    """`[[Note#A#B]]`: every part must name a heading of the target (stripHeading, no case)."""
    headings = {strip_heading(h.text) for h in target.headings}
    parts = [strip_heading(p) for p in subpath.split("#") if p.strip()]
    return all(p in headings for p in parts)


def block_exists(target: Note, block: str) -> bool:
    return block.casefold() in {b.id.casefold() for b in target.block_ids}


def build_graph(index: VaultIndex, resolved: Sequence[ResolvedLink] | None = None) -> nx.DiGraph:
    """Notes as nodes (kind "note"), linked attachments (kind "file") and unresolved targets
    (kind "unresolved", id "unresolved:<target>"); one edge per source/target pair carrying the
    first link's line, column, kind (link or embed) and subpath, and a count."""
    import networkx as nx

    graph = nx.DiGraph()
    for note in index.notes:
        graph.add_node(note.path, kind="note", name=note.name)
    notes = {n.path for n in index.notes}
    for r in resolved if resolved is not None else resolve_all(index):
        if r.resolution.path is not None:
            target = r.resolution.path
            if target not in graph:
                graph.add_node(target, kind="note" if target in notes else "file", name=target.rsplit("/", 1)[-1])
        else:
            target = f"unresolved:{r.link.target}"
            if target not in graph:
                graph.add_node(target, kind="unresolved", name=r.link.target, impossible=r.resolution.status == "impossible")
        if graph.has_edge(r.source, target):
            graph[r.source][target]["count"] += 1
            continue
        graph.add_edge(
            r.source,
            target,
            line=r.link.line,
            column=r.link.column,
            kind="embed" if r.link.embed else "link",
            heading=r.link.heading or "",
            block=r.link.block or "",
            count=1,
        )
    return graph


def orphans(index: VaultIndex, graph: nx.DiGraph) -> list[str]:
    """Notes no other note links to (self-links do not count)."""
    return [n.path for n in index.notes if not any(src != n.path for src in graph.predecessors(n.path))]


def graph_stats(index: VaultIndex, graph: nx.DiGraph, top: int = 10) -> dict[str, Any]:
    import networkx as nx

    note_nodes = [n for n, d in graph.nodes(data=True) if d["kind"] == "note"]
    broken = sum(d["count"] for _, v, d in graph.edges(data=True) if graph.nodes[v]["kind"] == "unresolved")
    hubs = sorted(((sum(graph[u][n]["count"] for u in graph.predecessors(n)), n) for n in note_nodes), key=lambda x: (-x[0], x[1]))
    return {
        "notes": len(index.notes),
        "files_linked": sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "file"),
        "links": sum(d["count"] for *_, d in graph.edges(data=True)),
        "broken": broken,
        "unresolved_targets": sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "unresolved"),
        "orphans": len(orphans(index, graph)),
        "components": nx.number_weakly_connected_components(graph.subgraph(note_nodes)) if note_nodes else 0,
        "top_hubs": [{"note": n, "in_links": c} for c, n in hubs[:top] if c],
    }


def links_broken_by_change(old_paths: Iterable[str], new_paths: Iterable[str], notes: Iterable[Note], files: Iterable[str] = ()) -> list[tuple[str, Link, str]]:
    """Links that resolved with the old file list and do not with the new one (a rename or a
    delete). Returns (note path, link, old target path) for notes present after the change."""
    files = list(files)
    old = Resolver(old_paths, files)
    new_list = list(new_paths)
    new = Resolver(new_list, files)
    present = set(new_list)
    broken = []
    for note in notes:
        if note.path not in present:
            continue
        for link in note.links:
            before = old.resolve(link.target, note.path)
            if before.path is None or not link.target:
                continue
            after = new.resolve(link.target, note.path)
            if after.path is None:
                broken.append((note.path, link, before.path))
    return broken
