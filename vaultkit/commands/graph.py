"""`vaultkit graph VAULT`: export the link graph, or print a summary with --stats."""

from __future__ import annotations

import argparse
import io
import json
from typing import Any

from vaultkit import output
from vaultkit.commands.common import add_output_option, add_vault_options, open_vault
from vaultkit.errors import UsageError
from vaultkit.links import analyse

FORMATS = ("graphml", "gexf", "json", "dot")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("graph", help="export the link graph or print its statistics", description=__doc__)
    p.add_argument("vault", nargs="?", default=".")
    p.add_argument("--format", choices=FORMATS, default=None, help="export format (default: json; with --stats: a table)")
    add_output_option(p, "write the graph to FILE (default: stdout; graphml/gexf need a file)")
    p.add_argument("--stats", action="store_true", help="print notes, links, broken, orphans, components and top hubs")
    add_vault_options(p)


def _scalar_graph(graph: Any) -> Any:
    """GraphML/GEXF take only scalar attributes: None becomes ""."""
    g = graph.copy()
    for _, data in g.nodes(data=True):
        for k, v in list(data.items()):
            data[k] = "" if v is None else v
    return g


def _dot(graph: Any) -> str:
    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["digraph vault {", "  node [shape=box];"]
    for node, data in graph.nodes(data=True):
        style = {"unresolved": " style=dashed color=red", "file": " shape=note"}.get(data["kind"], "")
        lines.append(f"  {q(node)} [label={q(data.get('name', node))}{style}];")
    for u, v, data in graph.edges(data=True):
        lines.append(f"  {q(u)} -> {q(v)}{' [style=dotted]' if data['kind'] == 'embed' else ''};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    import networkx as nx

    from vaultkit.graph import graph_stats

    index = open_vault(args.vault, args)
    _, graph = analyse(index)
    if args.stats:
        stats = graph_stats(index, graph)
        if args.format == "json" and args.output is None:
            output.write(json.dumps(stats, indent=2, ensure_ascii=False) + "\n")
            return 0
        for key in ("notes", "links", "broken", "unresolved_targets", "orphans", "components", "files_linked"):
            output.echo(f"{key.replace('_', ' '):<20} {stats[key]:,}")
        output.echo("top hubs (in-links):")
        for hub in stats["top_hubs"]:
            output.echo(f"  {hub['in_links']:>5}  {hub['note']}")
        return 0
    args.format = args.format or "json"
    if args.format in ("graphml", "gexf"):
        if args.output is None:
            raise UsageError(f"--format {args.format} needs -o FILE")
        writer = nx.write_graphml if args.format == "graphml" else nx.write_gexf
        buffer = io.BytesIO()
        writer(_scalar_graph(graph), buffer)
        output.write_file(args.output, buffer.getvalue(), "the graph")
        output.echo(f"wrote {args.output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)", err=True)
        return 0
    if args.format == "dot":
        text = _dot(graph)
    else:
        text = json.dumps(nx.node_link_data(graph, edges="links"), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        output.write_file(args.output, text, "the graph")
    else:
        output.write(text)
    return 0
