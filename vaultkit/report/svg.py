"""Inline SVG pictures for the HTML report: the link graph and bar charts of findings.

Drawn in Python (no script, no external file): every label is escaped, every colour comes
from a class the page's stylesheet defines, and no element carries a `style` attribute (the
page's Content-Security-Policy allows only its own stylesheet).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import Any

from vaultkit.report.model import SEVERITIES, GraphEdge, GraphNode, GraphPicture, Tally

GRAPH_WIDTH, GRAPH_HEIGHT, MARGIN = 1160, 640, 40
# On bigger pictures only the most connected nodes (and every broken target) get a label,
# and every node is drawn smaller.
MAX_LABELS = 45
CROWDED = 60


def _fmt(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _radius(node: GraphNode, crowded: bool = False) -> float:
    """Bigger for more links in (a folder: more notes); smaller all round on a crowded picture."""
    if node.kind == "folder":
        return 5.0 + min(22.0, 1.6 * math.sqrt(node.weight))
    if node.kind in ("broken", "file"):
        return 4.0 if crowded else 5.0
    return (3.5 + min(5.0, 1.0 * math.sqrt(node.in_links))) if crowded else (5.0 + min(9.0, 2.2 * math.sqrt(node.in_links)))


def _point(node: GraphNode) -> tuple[float, float]:
    return MARGIN + node.x * (GRAPH_WIDTH - 2 * MARGIN), MARGIN + node.y * (GRAPH_HEIGHT - 2 * MARGIN)


def _title(node: GraphNode) -> str:
    if node.kind == "broken":
        return f"missing: [[{node.label}]] (no note or file of that name), linked from {node.in_links} note(s)"
    if node.kind == "folder":
        return f"{node.label}: {node.weight} note(s); {node.in_links} links in from other folders, {node.out_links} out"
    what = {"orphan": "orphan note (no other note links here)", "file": "attachment", "note": "note"}[node.kind]
    return f"{node.id}: {what}; {node.in_links} in, {node.out_links} out"


def _labelled(picture: GraphPicture) -> set[str]:
    if len(picture.nodes) <= MAX_LABELS:
        return {n.id for n in picture.nodes}
    ranked = sorted(picture.nodes, key=lambda n: (-(n.in_links + n.out_links), n.id))
    return {n.id for n in ranked[:MAX_LABELS]} | {n.id for n in picture.nodes if n.kind == "broken"}


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _label_spots(text: str, x: float, y: float, r: float) -> list[tuple[float, float, str, Box]]:
    """Where a label may go (right, left, above, below its node), each with its rough box."""
    w = 6.4 * len(text)  # about 11px system-ui per character, Cyrillic included
    return [
        (x + r + 4, y + 4, "start", (x + r + 4, y - 7, x + r + 4 + w, y + 6)),
        (x - r - 4, y + 4, "end", (x - r - 4 - w, y - 7, x - r - 4, y + 6)),
        (x, y - r - 5, "middle", (x - w / 2, y - r - 17, x + w / 2, y - r - 4)),
        (x, y + r + 13, "middle", (x - w / 2, y + r + 2, x + w / 2, y + r + 15)),
    ]


def _place_labels(picture: GraphPicture, texts: dict[str, str], radii: dict[str, float]) -> dict[str, tuple[float, float, str]]:
    """Greedy label placement, most connected first: the first spot that covers no node and no
    label already placed and stays on the canvas, else the least covered one."""
    taken: list[Box] = []
    for node in picture.nodes:
        x, y = _point(node)
        r = radii[node.id] + 1
        taken.append((x - r, y - r, x + r, y + r))
    placed: dict[str, tuple[float, float, str]] = {}
    for node in sorted(picture.nodes, key=lambda n: (-(n.in_links + n.out_links), n.id)):
        if node.id not in texts:
            continue
        x, y = _point(node)
        best: tuple[float, tuple[float, float, str, Box]] | None = None
        for spot in _label_spots(texts[node.id], x, y, radii[node.id]):
            box = spot[3]
            cost = sum(_overlap(box, other) for other in taken)
            if box[0] < 0 or box[2] > GRAPH_WIDTH or box[1] < 0 or box[3] > GRAPH_HEIGHT:
                cost += 1e6
            if best is None or cost < best[0]:
                best = (cost, spot)
            if cost == 0:
                break
        assert best is not None
        lx, ly, anchor, box = best[1]
        taken.append(box)
        placed[node.id] = (lx, ly, anchor)
    return placed


def _shape(node: GraphNode, x: float, y: float, r: float) -> str:
    if node.kind == "file":
        return f'<rect class="n-file" x="{_fmt(x - r)}" y="{_fmt(y - r)}" width="{_fmt(2 * r)}" height="{_fmt(2 * r)}"/>'
    if node.kind == "broken":
        d = r * 0.75
        return (
            f'<circle class="n-broken" cx="{_fmt(x)}" cy="{_fmt(y)}" r="{_fmt(r + 2)}"/>'
            f'<path class="n-broken-x" d="M{_fmt(x - d)} {_fmt(y - d)}L{_fmt(x + d)} {_fmt(y + d)}'
            f'M{_fmt(x - d)} {_fmt(y + d)}L{_fmt(x + d)} {_fmt(y - d)}"/>'
        )
    return f'<circle class="n-{node.kind}" cx="{_fmt(x)}" cy="{_fmt(y)}" r="{_fmt(r)}"/>'


def _edge(picture_nodes: dict[str, GraphNode], edge: GraphEdge, target_radius: float, prefix: str = "") -> str:
    source, target, kind, broken = edge.source, edge.target, edge.kind, edge.broken
    a, b = picture_nodes[source], picture_nodes[target]
    (x1, y1), (x2, y2) = _point(a), _point(b)
    dist = math.hypot(x2 - x1, y2 - y1) or 1.0
    # Stop the line at the target's rim so the arrowhead stays visible.
    back = (target_radius + (3 if b.kind == "broken" else 1.5)) / dist
    x2, y2 = x2 - (x2 - x1) * back, y2 - (y2 - y1) * back
    cls = "e-broken" if broken else "e-embed" if kind == "embed" else "e-link"
    marker = "arrow-broken" if broken else "arrow"
    extra = ""
    if a.kind == "folder":  # links between folders: thicker for more links (an attribute, not a style)
        cls = "e-folder"
        width = _fmt(min(7.0, 0.8 + 0.8 * math.log2(edge.count)))
        extra = f' stroke-width="{width}"><title>{escape(a.label)} ↔ {escape(b.label)}: {edge.count} link(s)</title></line>'
    if extra:  # folders: a line for links either way, no arrowhead
        return f'<line class="{cls}" x1="{_fmt(x1)}" y1="{_fmt(y1)}" x2="{_fmt(x2)}" y2="{_fmt(y2)}"{extra}'
    return (
        f'<line class="{cls}" x1="{_fmt(x1)}" y1="{_fmt(y1)}" x2="{_fmt(x2)}" y2="{_fmt(y2)}" '
        f'marker-end="url(#{prefix}{marker})"/>'
    )


def graph_svg(picture: GraphPicture, prefix: str = "", title: str = "Link graph") -> str:
    """The link graph: notes as circles (bigger: more links in), orphans in amber, attachments
    as grey squares, missing targets as red crossed rings reached by red dashed links, folders
    as big circles (bigger: more notes). `prefix` keeps the ids of several pictures apart."""
    by_id = {n.id: n for n in picture.nodes}
    parts = [
        f'<svg class="graph" viewBox="0 0 {GRAPH_WIDTH} {GRAPH_HEIGHT}" role="img" aria-labelledby="{prefix}graph-title">',
        f'<title id="{prefix}graph-title">{escape(title)}: {len(picture.nodes)} nodes, {len(picture.edges)} links drawn</title>',
        "<defs>",
        *(
            f'<marker id="{prefix}{marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto-start-reverse"><path class="{head}" d="M0 0L10 5L0 10z"/></marker>'
            for marker, head in (("arrow", "arrowhead"), ("arrow-broken", "arrowhead-broken"))
        ),
        "</defs>",
        '<g class="edges">',
    ]
    crowded = len(picture.nodes) > CROWDED
    radii = {n.id: _radius(n, crowded) for n in picture.nodes}
    parts += [_edge(by_id, e, radii[e.target], prefix) for e in picture.edges]
    parts.append('</g><g class="nodes">')
    texts = {n.id: n.label if len(n.label) <= 34 else n.label[:33] + "…" for n in picture.nodes if n.id in _labelled(picture)}
    spots = _place_labels(picture, texts, radii)
    for node in picture.nodes:
        x, y = _point(node)
        label = ""
        if node.id in spots:
            lx, ly, anchor = spots[node.id]
            label = (
                f'<text class="label label-{node.kind}" x="{_fmt(lx)}" y="{_fmt(ly)}" text-anchor="{anchor}">'
                f"{escape(texts[node.id])}</text>"
            )
        parts.append(
            f'<g class="node" data-id="{escape(node.id)}"><title>{escape(_title(node))}</title>'
            f"{_shape(node, x, y, radii[node.id])}{label}</g>"
        )
    parts.append("</g></svg>")
    return "\n".join(parts)


def bar_chart(tallies: Sequence[Tally], title: str, *, label_width: int = 250, width: int = 560) -> str:
    """Horizontal bars, one per tally, split into error / warning / info segments."""
    row, top = 22, 6
    height = top + row * len(tallies) + 6
    biggest = max((t.total for t in tallies), default=1) or 1
    room = width - label_width - 44
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
    ]
    for i, tally in enumerate(tallies):
        y = top + i * row
        label = tally.label + (f" {tally.name}" if tally.name else "")
        if len(label) > 38:
            label = label[:37] + "…"
        parts.append(f'<text class="bar-label" x="{label_width - 8}" y="{y + 14}">{escape(label)}</text>')
        x = float(label_width)
        for severity in SEVERITIES:
            count = tally.count(severity)
            if not count:
                continue
            w = room * count / biggest
            parts.append(
                f'<rect class="bar-{severity}" x="{_fmt(x)}" y="{y + 3}" width="{_fmt(w)}" height="{row - 7}">'
                f"<title>{escape(tally.label)}: {count} {severity}</title></rect>"
            )
            x += w
        parts.append(f'<text class="bar-count" x="{_fmt(x + 6)}" y="{y + 14}">{tally.total}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def count_bars(rows: Sequence[tuple[str, int]], title: str, *, label_width: int = 330, width: int = 720) -> str:
    """Horizontal bars of plain counts (the most linked notes)."""
    row, top = 20, 6
    height = top + row * len(rows) + 6
    biggest = max((n for _, n in rows), default=1) or 1
    room = width - label_width - 50
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
    ]
    for i, (label, n) in enumerate(rows):
        y = top + i * row
        text = label if len(label) <= 52 else label[:51] + "…"
        w = room * n / biggest
        parts.append(
            f'<text class="bar-label" x="{label_width - 8}" y="{y + 13}">{escape(text)}</text>'
            f'<rect class="bar-hub" x="{label_width}" y="{y + 3}" width="{_fmt(w)}" height="{row - 6}">'
            f"<title>{escape(label)}: {n}</title></rect>"
            f'<text class="bar-count" x="{_fmt(label_width + w + 6)}" y="{y + 13}">{n}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


TREND_SERIES = (("findings", "t-total", "findings"), ("errors", "t-error", "errors"), ("accepted", "t-accepted", "accepted"))


def trend_chart(rows: Sequence[Any], *, width: int = 720, height: int = 220) -> str:
    """Findings, errors and accepted findings over the reports of one folder, oldest left."""
    left, right, top, bottom = 50, 16, 12, 34
    w, h = width - left - right, height - top - bottom
    biggest = max((max(r.findings, 1) for r in rows), default=1)
    step = w / max(1, len(rows) - 1)
    parts = [
        f'<svg class="chart trend" viewBox="0 0 {width} {height}" role="img" aria-label="Findings over time">'
        "<title>Findings over time</title>"
    ]
    for frac in (0.0, 0.5, 1.0):
        y = top + h * (1 - frac)
        parts.append(f'<line class="grid" x1="{left}" y1="{_fmt(y)}" x2="{left + w}" y2="{_fmt(y)}"/>')
        parts.append(f'<text class="bar-count axis" x="{left - 6}" y="{_fmt(y + 4)}">{round(biggest * frac)}</text>')
    for field, cls, label in TREND_SERIES:
        points = " ".join(
            f"{_fmt(left + i * step)},{_fmt(top + h * (1 - getattr(r, field) / biggest))}" for i, r in enumerate(rows)
        )
        parts.append(f'<polyline class="{cls}" points="{points}"><title>{label}</title></polyline>')
        for i, r in enumerate(rows):
            x, y = left + i * step, top + h * (1 - getattr(r, field) / biggest)
            parts.append(
                f'<circle class="{cls}-dot" cx="{_fmt(x)}" cy="{_fmt(y)}" r="3">'
                f"<title>{escape(r.generated)}: {getattr(r, field)} {label}</title></circle>"
            )
    for i in sorted({0, len(rows) - 1}):
        anchor = "start" if i == 0 else "end"
        parts.append(
            f'<text class="bar-count" x="{_fmt(left + i * step)}" y="{height - 10}" text-anchor="{anchor}">'
            f"{escape(rows[i].generated[:16].replace('T', ' '))}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)
