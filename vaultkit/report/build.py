"""Gather a Report from a read vault and its findings: the same checks `verify` runs, once."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from vaultkit import __version__
from vaultkit.graph import strip_heading
from vaultkit.model import Finding, Heading, Note, Severity
from vaultkit.report.layout import graph_layout
from vaultkit.report.model import (
    VAULT_SCOPE,
    BrokenTarget,
    ClaimRow,
    GraphEdge,
    GraphNode,
    GraphPicture,
    Located,
    NoteRow,
    Report,
    Tally,
)

if TYPE_CHECKING:
    import networkx as nx

    from vaultkit.api import VaultIndex
    from vaultkit.dedup import DedupResult

DEFAULT_GRAPH_NODES = 200
GRAPH_ASPECT = 1.9  # the HTML picture's drawing area (svg.GRAPH_WIDTH, GRAPH_HEIGHT less margins), width over height


def generated_now() -> str:
    """Now in UTC to the second, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else int(time.time())
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def heading_path(note: Note, line: int) -> tuple[str, ...]:
    """The nearest heading at or above `line`, as a link subpath: just its text when that text
    is unique in the note, else with its parent headings (`[[Note#Parent#Child]]`)."""
    above = [h for h in note.headings if h.line <= line and strip_heading(h.text)]
    if not above:
        return ()
    nearest = above[-1]
    key = strip_heading(nearest.text)
    if sum(1 for h in note.headings if strip_heading(h.text) == key) == 1:
        return (nearest.text,)
    return (*(h.text for h in _ancestors(above[:-1], nearest.level)), nearest.text)


def _ancestors(before: Sequence[Heading], level: int) -> list[Heading]:
    chain: list[Heading] = []
    for h in reversed(before):
        if h.level < level:
            chain.append(h)
            level = h.level
    return chain[::-1]


def locate(findings: Iterable[Finding], index: VaultIndex) -> tuple[Located, ...]:
    notes = {n.path: n for n in index.notes}
    out = []
    for f in findings:
        note = notes.get(f.path)
        out.append(Located(f, note.path if note else None, heading_path(note, f.line) if note else ()))
    return tuple(out)


def _tallies(
    findings: Sequence[Finding], label_of: Callable[[Finding], str], names: dict[str, str] | None = None
) -> tuple[Tally, ...]:
    counts: dict[str, dict[Severity, int]] = defaultdict(lambda: defaultdict(int))
    for f in findings:
        counts[label_of(f)][f.severity] += 1
    return tuple(Tally(label, dict(c), (names or {}).get(label, "")) for label, c in sorted(counts.items()))


def folder_of(path: str) -> str:
    """The folder a finding's note is in: `Research/Sizing`, `/` for the vault root, `.` for the vault."""
    if path == VAULT_SCOPE:
        return VAULT_SCOPE
    return path.rsplit("/", 1)[0] if "/" in path else "/"


def choose_nodes(graph: nx.DiGraph, limit: int) -> set[str]:
    """All nodes when they fit; else the most linked missing targets (with a note linking to
    each, up to a quarter of the picture), then the most connected nodes, each linked to one
    already chosen, so the picture shows the vault's backbone and where its links break."""
    if graph.number_of_nodes() <= limit:
        return set(graph.nodes)
    degree = {n: int(graph.in_degree(n) + graph.out_degree(n)) for n in graph.nodes}
    chosen: set[str] = set()
    missing = sorted((n for n, d in graph.nodes(data=True) if d["kind"] == "unresolved"), key=lambda n: (-degree[n], n))
    for target in missing:
        if len(chosen) + 2 > limit // 4:
            break
        chosen |= {target, min(graph.predecessors(target), key=lambda s: (-degree[s], s))}
    ranked = sorted((n for n in graph.nodes if n not in chosen), key=lambda n: (-degree[n], n))
    for connected_only in (True, False):
        for node in ranked:
            if len(chosen) >= limit:
                return chosen
            if node in chosen:
                continue
            if not connected_only or not chosen or any(x in chosen for x in (*graph.predecessors(node), *graph.successors(node))):
                chosen.add(node)
    return chosen


def _picture(graph: nx.DiGraph, orphan_set: set[str], limit: int, aspect: float) -> GraphPicture:
    shown = choose_nodes(graph, limit)
    edges = sorted((u, v) for u, v in graph.edges if u in shown and v in shown)
    positions = graph_layout(sorted(shown), edges, aspect=aspect)
    names: dict[str, int] = defaultdict(int)
    for node in shown:
        names[str(graph.nodes[node].get("name", node)).casefold()] += 1
    nodes = []
    for node in sorted(shown):
        data = graph.nodes[node]
        kind = {"unresolved": "broken", "file": "file"}.get(data["kind"], "orphan" if node in orphan_set else "note")
        label = str(data.get("name", node))
        if kind in ("note", "orphan") and names[label.casefold()] > 1:
            label = node[:-3] if node.lower().endswith(".md") else node  # `Archive/Index`, not three `Index`
        x, y = positions[node]
        nodes.append(GraphNode(node, label, kind, round(x, 4), round(y, 4), graph.in_degree(node), graph.out_degree(node)))
    drawn = tuple(
        GraphEdge(u, v, graph[u][v]["kind"], graph[u][v]["count"], graph.nodes[v]["kind"] == "unresolved") for u, v in edges
    )
    return GraphPicture(tuple(nodes), drawn, graph.number_of_nodes(), graph.number_of_edges(), limit)


def note_title(note: Note) -> str:
    """The first heading, else the name. (Not the `title` property: a warm run parses front
    matter only for the notes a rule needs, and a report that parsed all of it would pay
    seconds on a big vault.)"""
    return note.headings[0].text if note.headings else note.name


def _note_rows(index: VaultIndex, findings: Sequence[Finding], graph: nx.DiGraph) -> tuple[NoteRow, ...]:
    counts: dict[str, dict[Severity, int]] = defaultdict(lambda: defaultdict(int))
    for f in findings:
        counts[f.path][f.severity] += 1
    rows = []
    for note in index.notes:
        links_in = sum(graph[u][note.path]["count"] for u in graph.predecessors(note.path) if u != note.path)
        rows.append(
            NoteRow(note.path, note_title(note), dict(counts.get(note.path, {})), len(note.links), links_in, len(note.claims))
        )
    return tuple(rows)


def _broken(graph: nx.DiGraph) -> tuple[BrokenTarget, ...]:
    out = []
    for node, data in sorted(graph.nodes(data=True)):
        if data["kind"] == "unresolved":
            out.append(BrokenTarget(str(data["name"]), tuple(sorted(graph.predecessors(node))), bool(data.get("impossible"))))
    return tuple(sorted(out, key=lambda b: b.target))


def _duplicates(index: VaultIndex) -> tuple[DedupResult | None, str | None]:
    """The duplicate check verify ran (same layers, one shared run), or why there is none."""
    from vaultkit.dedup.results import dedup_result
    from vaultkit.engine.run import enabled_rules

    config = index.config
    duplicates = enabled_rules(config, family="duplicates")
    if not duplicates:
        return None, "the duplicate check is off (rules VK501-VK504 not selected)"
    try:
        result = dedup_result(index, config, semantic=any(r.loads_torch for r in duplicates))
    except Exception as exc:  # noqa: BLE001 - verify already reported it as a finding; the report goes on
        return None, f"the duplicate check failed: {type(exc).__name__}: {exc}"
    if "semantic" not in result.layers:
        off = (
            "semantic layer not run: rule VK504 is off (it loads torch); select it to find notes that say the same in other words"
        )
        return result, "; ".join(x for x in (off, result.skipped) if x)
    return result, result.skipped


def build_report(
    index: VaultIndex, findings: Sequence[Finding], *, generated: str | None = None, graph_nodes: int = DEFAULT_GRAPH_NODES
) -> Report:
    """Everything the report formats show, for `findings` (what `verify(index)` returned)."""
    from vaultkit.claims.model import Claim
    from vaultkit.graph import graph_stats, orphans
    from vaultkit.links import analyse
    from vaultkit.rules import RULES

    _, graph = analyse(index)
    orphan_list = tuple(orphans(index, graph))
    names = {rid: r.name for rid, r in RULES.items()}
    duplicates, duplicates_note = _duplicates(index)
    claims = tuple(ClaimRow(n.path, c) for n in index.notes for c in n.claims if isinstance(c, Claim))
    return Report(
        vault=index.root.name,
        version=__version__,
        generated=generated or generated_now(),
        notes_checked=len(index.notes),
        findings=locate(findings, index),
        notes=_note_rows(index, findings, graph),
        by_rule=_tallies(findings, lambda f: f.rule, names),
        by_folder=_tallies(findings, lambda f: folder_of(f.path)),
        graph_stats=graph_stats(index, graph),
        orphans=orphan_list,
        broken=_broken(graph),
        picture=_picture(graph, set(orphan_list), graph_nodes, GRAPH_ASPECT),
        claims=claims,
        duplicates=duplicates,
        duplicates_note=duplicates_note,
    )
