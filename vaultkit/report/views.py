"""Graph views that stay readable at any vault size (issue 21).

A picture of every note is a hairball beyond a few hundred notes, so the report answers the
questions people ask of the link graph instead, each with a picture or a list whose size does
not grow with the vault:

- where do links break, and which notes does nothing link to? (`problems`: every broken target
  with the notes linking to it, every orphan with the notes it links to; the most linked broken
  targets and the orphans with most links out first, up to a node limit);
- how do the folders hang together? (`folders`: one node a folder, sized by its notes, edges
  weighted by the links between two folders; the biggest folders first);
- which notes hold the vault together? (`hubs`: the most linked-to notes);
- how many separate groups are there? (`components`: groups of linked notes by size).

What a limit leaves out is chosen by importance (links, notes), never by file order: names
only break ties, so the same vault always gives the same picture.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from vaultkit.model import Finding
from vaultkit.report.layout import graph_layout
from vaultkit.report.model import Component, GraphEdge, GraphNode, GraphPicture, GraphViews

if TYPE_CHECKING:
    import networkx as nx

    from vaultkit.api import VaultIndex

PROBLEM_NODES = 120
FOLDER_NODES = 40
FOLDER_LINES = 4  # lines drawn per folder in the folder picture: its strongest
HUBS = 25
SOURCES_PER_TARGET = 8  # notes drawn per broken target (the most linked of them)
TARGETS_PER_ORPHAN = 4  # notes drawn per orphan (the most linked of those it links to)
ASPECT = 1.9


def _analyse(index: VaultIndex) -> nx.DiGraph:
    """The link graph `verify` built for this index (computed once per index)."""
    try:
        from vaultkit.links import analyse
    except ImportError:  # before the engine refactor moved it
        from vaultkit.rules.links import analyse  # type: ignore[no-redef,attr-defined,unused-ignore]
    return analyse(index)[1]


def folder_of(path: str) -> str:
    return path.rsplit("/", 1)[0] if "/" in path else "/"


def _stem(path: str) -> str:
    return path[:-3] if path.lower().endswith(".md") else path


def _label(graph: nx.DiGraph, node: str, shown: Iterable[str]) -> str:
    name = str(graph.nodes[node].get("name", node))
    if graph.nodes[node]["kind"] == "unresolved":
        return name
    same = sum(1 for other in shown if str(graph.nodes[other].get("name", other)).casefold() == name.casefold())
    return _stem(node) if same > 1 else name


def problems_picture(graph: nx.DiGraph, orphans: Sequence[str], findings: Sequence[Finding], limit: int) -> GraphPicture:
    """Broken targets with the notes linking to them, then orphans with the notes they link to."""
    degree = {n: int(graph.in_degree(n) + graph.out_degree(n)) for n in graph.nodes}
    per_note = Counter(f.path for f in findings)
    chosen: dict[str, None] = {}  # insertion-ordered set
    targets = sorted((n for n, kind in graph.nodes(data="kind") if kind == "unresolved"), key=lambda n: (-graph.in_degree(n), n))
    for target in targets:
        sources = sorted(graph.predecessors(target), key=lambda s: (-per_note[s], -degree[s], s))[:SOURCES_PER_TARGET]
        new = [n for n in (target, *sources) if n not in chosen]
        if len(chosen) + len(new) > limit * 2 // 3 and chosen:
            break
        chosen.update(dict.fromkeys(new))
    for orphan in sorted(orphans, key=lambda n: (-graph.out_degree(n), n)):
        linked = sorted((t for t in graph.successors(orphan) if t != orphan), key=lambda t: (-degree[t], t))
        new = [n for n in (orphan, *linked[:TARGETS_PER_ORPHAN]) if n not in chosen]
        if len(chosen) + len(new) > limit:
            if len(chosen) + 1 > limit:
                break
            new = [orphan] if orphan not in chosen else []
        chosen.update(dict.fromkeys(new))
    shown = sorted(chosen)
    orphan_set = set(orphans)
    edges = sorted((u, v) for u, v in graph.edges if u in chosen and v in chosen and u != v)
    positions = graph_layout(shown, edges, aspect=ASPECT)
    nodes = []
    for node in shown:
        data = graph.nodes[node]
        kind = {"unresolved": "broken", "file": "file"}.get(data["kind"], "orphan" if node in orphan_set else "note")
        x, y = positions[node]
        nodes.append(
            GraphNode(
                node,
                _label(graph, node, shown),
                kind,
                round(x, 4),
                round(y, 4),
                graph.in_degree(node),
                graph.out_degree(node),
                per_note.get(node, 0),
            )
        )
    drawn = tuple(
        GraphEdge(u, v, graph[u][v]["kind"], graph[u][v]["count"], graph.nodes[v]["kind"] == "unresolved") for u, v in edges
    )
    total = len(targets) + len(orphans)
    return GraphPicture(tuple(nodes), drawn, total, graph.number_of_edges(), limit)


def folders_picture(index: VaultIndex, graph: nx.DiGraph, limit: int) -> GraphPicture:
    """One node a folder (`weight`: its notes; `in_links`/`out_links`: links from and to other
    folders), one edge per pair of folders weighted by the links between them either way
    (`count`; each folder's FOLDER_LINES strongest pairs drawn), the biggest folders first;
    links within a folder are not drawn."""
    notes_in: Counter[str] = Counter(folder_of(n.path) for n in index.notes)
    kinds = dict(graph.nodes(data="kind"))
    between: Counter[tuple[str, str]] = Counter()
    for u, v, count in graph.edges(data="count"):
        if kinds.get(u) == "note" and kinds[v] == "note" and folder_of(u) != folder_of(v):
            between[(folder_of(u), folder_of(v))] += count
    links_of: Counter[str] = Counter()
    for (a, b), count in between.items():
        links_of[a] += count
        links_of[b] += count
    ranked = sorted(notes_in, key=lambda f: (-notes_in[f], -links_of[f], f))[:limit]
    shown = set(ranked)
    # Links both ways between two folders make one line; each folder keeps its strongest lines.
    pairs: Counter[tuple[str, str]] = Counter()
    for (a, b), count in between.items():
        if a in shown and b in shown:
            pairs[(min(a, b), max(a, b))] += count
    strongest: set[tuple[str, str]] = set()
    for folder in shown:
        mine = sorted((pair for pair in pairs if folder in pair), key=lambda pair: (-pairs[pair], pair))
        strongest.update(mine[:FOLDER_LINES])
    edges = sorted(strongest)
    positions = graph_layout(sorted(shown), edges, aspect=ASPECT)
    out_links: defaultdict[str, int] = defaultdict(int)
    in_links: defaultdict[str, int] = defaultdict(int)
    for (a, b), count in between.items():
        out_links[a] += count
        in_links[b] += count
    nodes = tuple(
        GraphNode(
            folder,
            "vault root" if folder == "/" else folder,
            "folder",
            round(positions[folder][0], 4),
            round(positions[folder][1], 4),
            in_links[folder],
            out_links[folder],
            notes_in[folder],
        )
        for folder in sorted(shown)
    )
    drawn = tuple(GraphEdge(a, b, "link", pairs[(a, b)], False) for a, b in edges)
    return GraphPicture(nodes, drawn, len(notes_in), len(pairs), limit)


def hubs(graph: nx.DiGraph, notes: Iterable[str], top: int = HUBS) -> tuple[tuple[str, int], ...]:
    """The notes most linked to from other notes (links counted, self-links not)."""
    counts = []
    for note in notes:
        n = sum(graph[u][note]["count"] for u in graph.predecessors(note) if u != note)
        if n:
            counts.append((note, n))
    return tuple(sorted(counts, key=lambda x: (-x[1], x[0]))[:top])


def components(graph: nx.DiGraph, notes: Sequence[str], examples: int = 5) -> tuple[Component, ...]:
    """Groups of notes linked in either direction, counted by size (biggest first), each size
    with the most linked notes of its first group as examples."""
    parent = {n: n for n in notes}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = x = parent[parent[x]]
        return x

    for u, v in graph.edges():
        if u in parent and v in parent and u != v:
            ru, rv = root(u), root(v)
            if ru != rv:
                parent[max(ru, rv)] = min(ru, rv)
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for n in notes:
        groups[root(n)].append(n)
    by_size: defaultdict[int, list[list[str]]] = defaultdict(list)
    for members in groups.values():
        by_size[len(members)].append(members)
    degree = {n: int(graph.in_degree(n) + graph.out_degree(n)) for n in notes}
    out = []
    for size in sorted(by_size, reverse=True):
        groups_of_size = sorted(by_size[size], key=lambda m: min(m))
        first = [n for g in groups_of_size for n in g]
        picked = sorted(first, key=lambda n: (-degree[n], n))[:examples]
        out.append(Component(size, len(groups_of_size), tuple(picked)))
    return tuple(out)


def graph_views(
    index: VaultIndex, findings: Sequence[Finding], orphans: Sequence[str], *, limit: int = PROBLEM_NODES
) -> GraphViews:
    graph = _analyse(index)
    paths = [n.path for n in index.notes]
    return GraphViews(
        problems=problems_picture(graph, orphans, findings, limit),
        folders=folders_picture(index, graph, FOLDER_NODES),
        hubs=hubs(graph, paths),
        components=components(graph, paths),
    )
