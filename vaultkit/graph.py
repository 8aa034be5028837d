"""Link resolution exactly as Obsidian does it, and the vault's link graph (networkx).

Resolution (Obsidian 1.13.x, observed; ../shared/research/vault-anchors.md §2.2):
1. the target is trimmed; `./` and `../` are relative to the linking note's folder;
2. an exact vault-relative path wins (`.md` optional, case-insensitive);
3. otherwise, among files whose path ends with `/target`, one in the linking note's own folder;
4. otherwise the shortest path string, then alphabetical order;
5. matching ignores case, and names are compared after NFC normalisation (a vault synced from
   macOS can store NFD names); an extensionless target only matches notes (`.md`); a target
   with an extension-like ending (`[[M.2]]`, `[[stdio.h]]`, `[[package.json]]`) matches a file of
   that name first and otherwise a note (`M.2.md`), as Obsidian resolves them (issue 19);
6. front-matter aliases never resolve a link;
7. a name with a backslash or `:` can never be a file's (Obsidian refuses them on every system) unless
   such a file exists; `* " < > | ?`, refused on Windows only, resolve like any other name.
"""

from __future__ import annotations

import posixpath
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from vaultkit.model import Link, Note

if TYPE_CHECKING:
    import networkx as nx

    from vaultkit.api import VaultIndex

# Characters Obsidian refuses in file names on every system it runs on (`/` separates folders):
# a link whose name has one can never resolve, unless such a file exists anyway (VK306).
IMPOSSIBLE_IN_NAMES = frozenset("\\:")
# Refused on Windows only: such a note works on macOS and Linux (Obsidian resolves `[[F*]]` to
# `F*.md`), but cannot be created, checked out or synced on Windows (VK309, a warning).
NOT_PORTABLE_IN_NAMES = frozenset('*"<>|?')
FORBIDDEN_IN_NAMES = IMPOSSIBLE_IN_NAMES | NOT_PORTABLE_IN_NAMES
# stripHeading()'s punctuation (and CR, LF), each turned into a space.
_HEADING_PUNCTUATION = str.maketrans(dict.fromkeys('!"#$%&()*+,.:;<=>?@^`{|}~/[]\\\r\n', " "))


def fold(path: str) -> str:
    """The form paths are compared in: NFC, case-folded, `/` separators."""
    return unicodedata.normalize("NFC", path).casefold()


def strip_heading(text: str) -> str:
    """Obsidian's stripHeading(): punctuation to spaces, spaces collapsed, trimmed; then case-folded."""
    # str.split() splits on exactly the characters `\s` matches (str.isspace), so this is
    # re.sub(r"\s+", " ", ...).strip() without the regex.
    return " ".join(unicodedata.normalize("NFC", text).translate(_HEADING_PUNCTUATION).split()).casefold()


Status = Literal["resolved", "ambiguous", "unresolved", "impossible"]


class Resolution(NamedTuple):
    """Where one link goes. `path` is the vault-relative target (None when unresolved);
    `candidates` lists every file that matched when the shortest-path rule had to choose.
    (A named tuple, like ResolvedLink: built once per distinct target, and cheap to build.)"""

    status: Status
    path: str | None
    candidates: tuple[str, ...] = ()


class _Choice:
    """A target several files match: who wins depends on the linking note's folder."""

    __slots__ = ("ambiguous", "own")

    def __init__(self, matches: list[str]) -> None:
        self.ambiguous = Resolution("ambiguous", matches[0], tuple(matches))
        self.own: dict[str, Resolution] = {}
        for p in matches:  # the first match in each folder wins that folder
            folder = p.rpartition("/")[0]
            if folder not in self.own:
                self.own[folder] = Resolution("resolved", p)

    def pick(self, folder: str) -> Resolution:
        return self.own.get(folder, self.ambiguous)


class _Relative:
    """A `./` or `../` target: resolved per linking folder."""

    __slots__ = ()


_RELATIVE = _Relative()


class Resolver:
    """Built once per vault from every note and file path; answers lookups in O(1).

    Many links share a target, so the folder-independent part of each lookup is memoised per
    target as written; only the own-folder tie-break (and `./`, `../` targets) depend on the
    linking note. Results are shared, immutable Resolution records."""

    def __init__(self, note_paths: Iterable[str], file_paths: Iterable[str] = ()) -> None:
        self.by_path: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = defaultdict(list)
        self.notes: set[str] = set()
        self._stem: dict[str, str] = {}  # path -> folded path without `.md`
        self._memo: dict[str, Resolution | _Choice | _Relative] = {}
        # known(target): the memoised lookup of a target as written. When it is a Resolution,
        # that is the answer for a link in any note, and callers inline resolve() for this
        # commonest case: `hit if (hit := known(t)).__class__ is Resolution else resolve(t, source)`
        # (the dict's own get: no Python call per link).
        self.known: Callable[[str], Resolution | _Choice | _Relative | None] = self._memo.get
        self._relative: dict[tuple[str, str], Resolution] = {}
        for path in note_paths:
            self._add(path, note=True)
        for path in file_paths:
            self._add(path, note=path.lower().endswith(".md"))
        for names in self.by_name.values():
            names.sort(key=lambda p: (len(p), p))

    def _add(self, path: str, *, note: bool) -> None:
        key = fold(path)
        self.by_path[key] = path
        self._stem[path] = key[:-3] if key.endswith(".md") else key
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
        hit = self._memo.get(target)
        if hit is None:
            hit = self._memo[target] = self._lookup(target)
        if type(hit) is Resolution:
            return hit
        folder = source.rpartition("/")[0]
        if isinstance(hit, _Choice):
            return hit.pick(folder)
        return self._resolve_relative(target, folder)

    def _lookup(self, target: str) -> Resolution | _Choice | _Relative:
        name = target.rsplit("/", 1)[-1]
        if not IMPOSSIBLE_IN_NAMES.isdisjoint(name):
            exact = self.by_path.get(fold(target))
            return Resolution("resolved", exact) if exact else Resolution("impossible", None)
        if target.startswith(("./", "../")):
            return _RELATIVE
        return self._match(target)

    def _resolve_relative(self, target: str, folder: str) -> Resolution:
        done = self._relative.get((target, folder))
        if done is None:
            path = posixpath.normpath(posixpath.join(folder, target))
            if path.startswith("../"):
                done = Resolution("unresolved", None)
            else:
                hit = self._match(path)
                done = hit.pick(folder) if isinstance(hit, _Choice) else hit
            self._relative[(target, folder)] = done
        return done

    def _match(self, target: str) -> Resolution | _Choice:
        """Steps 2-4 for a target that is neither impossible nor relative."""
        key = fold(target)
        exact = self.by_path.get(key)
        if exact is not None:
            return Resolution("resolved", exact)
        base = key.rsplit("/", 1)[-1]
        is_note = not _has_extension(base) or base.endswith(".md")
        if base.endswith(".md"):
            base, key = base[:-3], key[:-3]
        notes, files = self.by_name.get(base, ()), self.by_name.get("\x00" + base, ())
        # A note first for a plain name; a file first for a name with an extension-like ending,
        # then a note of that name (`[[M.2]]` → `M.2.md`, `[[stdio.h]]` → `stdio.h.md`).
        pool = (notes or files) if is_note else (files or notes)
        if "/" in key:
            suffix = "/" + key
            stem = self._stem
            matches = [p for p in pool if stem[p].endswith(suffix) or stem[p] == key]
        else:
            matches = list(pool)
        if not matches:
            return Resolution("unresolved", None)
        if len(matches) == 1:
            return Resolution("resolved", matches[0])
        return _Choice(matches)


def _has_extension(name: str) -> bool:
    dot = name.rfind(".")
    return 0 < dot < len(name) - 1 and " " not in name[dot:] and len(name) - dot <= 6


def resolver_for(index: VaultIndex) -> Resolver:
    return Resolver((n.path for n in index.notes), index.files)


class ResolvedLink(NamedTuple):
    """One link with where it goes. A named tuple: a vault has one per link (70k for 10k
    notes), and a frozen dataclass, which sets each field through object.__setattr__, costs
    about three times as much to build (1.4 µs against 0.5 µs here)."""

    source: str
    link: Link
    resolution: Resolution


def resolve_all(index: VaultIndex, resolver: Resolver | None = None) -> list[ResolvedLink]:
    resolver = resolver or resolver_for(index)
    resolve, known = resolver.resolve, resolver.known
    # Resolver.resolve inlined for its commonest case: a target seen before whose result does
    # not depend on the linking folder.
    return [
        ResolvedLink(source, link, hit if (hit := known(link.target)).__class__ is Resolution else resolve(link.target, source))
        for note in index.notes
        for source in (note.path,)
        for link in note.links
    ]


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
    first link's line, column, kind (link or embed) and subpath, and a count.

    Nodes and edges are prepared as plain dicts in first-seen order and handed to networkx in
    bulk: its per-call add_edge/has_edge cost more than the rest of the work (70k links)."""
    import networkx as nx

    if resolved is None:  # straight from the notes: no ResolvedLink records are needed
        resolver = resolver_for(index)
        resolve, known = resolver.resolve, resolver.known
        links: Iterable[tuple[str, Link, Resolution]] = (
            (source, link, hit if (hit := known(link.target)).__class__ is Resolution else resolve(link.target, source))
            for note in index.notes
            for source in (note.path,)
            for link in note.links
        )
    else:
        links = resolved
    nodes, out_edges, order = _graph_parts(index, links)
    graph = nx.DiGraph()
    _fill(nx, graph, nodes, out_edges, order)
    return graph


_Nodes = dict[str, dict[str, Any]]
_OutEdges = dict[str, dict[str, dict[str, Any]]]
_Edges = list[tuple[str, str, dict[str, Any]]]


def _graph_parts(index: VaultIndex, resolved: Iterable[tuple[str, Link, Resolution]]) -> tuple[_Nodes, _OutEdges, _Edges | None]:
    """Nodes with their attributes and each source's edges {target: attributes}, in the order
    one add_node/add_edge call per link would have created them. Links come grouped by source
    (a note's links together), and then the edges' global order is the sources' order; when a
    source comes back after another one, that order is kept as an explicit list (else None)."""
    nodes: _Nodes = {}
    for note in index.notes:
        nodes[note.path] = {"kind": "note", "name": note.name}
    notes = {n.path for n in index.notes}
    out_edges: _OutEdges = {}
    order: _Edges | None = None
    last: str | None = None
    out: dict[str, dict[str, Any]] = {}
    for source, link, resolution in resolved:
        target = resolution.path
        if target is None:
            target = "unresolved:" + link.target
            if target not in nodes:
                nodes[target] = {"kind": "unresolved", "name": link.target, "impossible": resolution.status == "impossible"}
        elif target not in nodes:
            nodes[target] = {"kind": "note" if target in notes else "file", "name": target.rsplit("/", 1)[-1]}
        if source is not last:  # look the source's edges up once per run of its links
            found = out_edges.get(source)
            if found is None:
                if source not in nodes:  # a source that is not a note gets a bare node
                    nodes[source] = {}
                found = out_edges[source] = {}
            elif order is None and found is not out:  # back to an earlier source
                order = list(_ordered_edges(out_edges, None))
            out, last = found, source
        data = out.get(target)
        if data is not None:
            data["count"] += 1
            continue
        out[target] = data = {
            "line": link.line,
            "column": link.column,
            "kind": "embed" if link.embed else "link",
            "heading": link.heading or "",
            "block": link.block or "",
            "count": 1,
        }
        if order is not None:
            order.append((source, target, data))
    return nodes, out_edges, order


def _ordered_edges(out_edges: _OutEdges, order: _Edges | None) -> Iterable[tuple[str, str, dict[str, Any]]]:
    """(source, target, attributes) in the order the edges were first seen."""
    if order is not None:
        return order
    return ((u, v, data) for u, targets in out_edges.items() for v, data in targets.items())


def _fill(nx: Any, graph: nx.DiGraph, nodes: _Nodes, out_edges: _OutEdges, order: _Edges | None) -> None:
    """Hand the prepared nodes and edges to networkx through its public bulk calls (`nx` is
    unused; the signature is the one tests/test_graph_equivalence.py calls). Writing `_succ` and
    `_pred` directly was 0.05-0.1 s faster at 10k notes (benchmarks/RESULTS.md, issue 14); the
    public bulk constructors (DiGraph(dict_of_dicts), from_dict_of_dicts, update) all go through
    add_edges_from and are no faster."""
    graph.add_nodes_from(nodes.items())
    graph.add_edges_from(_ordered_edges(out_edges, order))


def orphans(index: VaultIndex, graph: nx.DiGraph) -> list[str]:
    """Notes no other note links to (self-links do not count)."""
    pred = graph.pred
    out = []
    for n in index.notes:
        sources = pred[n.path]
        if not sources or (len(sources) == 1 and n.path in sources):
            out.append(n.path)
    return out


def graph_stats(index: VaultIndex, graph: nx.DiGraph, top: int = 10) -> dict[str, Any]:
    kinds: dict[str, str] = dict(graph.nodes(data="kind"))
    note_nodes = [n for n, kind in kinds.items() if kind == "note"]
    links = broken = 0
    for _, v, count in graph.edges(data="count"):
        links += count
        if kinds[v] == "unresolved":
            broken += count
    in_links = graph.in_degree(note_nodes, weight="count")  # links into each note, self-links too
    hubs = sorted(((count, n) for n, count in in_links), key=lambda x: (-x[0], x[1]))
    return {
        "notes": len(index.notes),
        "files_linked": sum(1 for kind in kinds.values() if kind == "file"),
        "links": links,
        "broken": broken,
        "unresolved_targets": sum(1 for kind in kinds.values() if kind == "unresolved"),
        "orphans": len(orphans(index, graph)),
        "components": _note_components(graph, note_nodes),
        "top_hubs": [{"note": n, "in_links": c} for c, n in hubs[:top] if c],
    }


def _note_components(graph: nx.DiGraph, note_nodes: list[str]) -> int:
    """nx.number_weakly_connected_components(graph.subgraph(note_nodes)), without the
    filtered subgraph view (several times slower): union-find over the note-to-note edges."""
    parent = {n: n for n in note_nodes}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = x = parent[parent[x]]
        return x

    components = len(parent)
    for u, v in graph.edges():
        if u in parent and v in parent:
            ru, rv = root(u), root(v)
            if ru != rv:
                parent[ru] = rv
                components -= 1
    return components


def links_broken_by_change(
    old_paths: Iterable[str], new_paths: Iterable[str], notes: Iterable[Note], files: Iterable[str] = ()
) -> list[tuple[str, Link, str]]:
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
