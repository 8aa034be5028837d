"""A force-directed layout (Fruchterman–Reingold) in plain Python floats.

networkx's spring_layout would do, but its numpy reductions may round differently across
numpy builds and CPUs, and the reports kept in the repository must come out byte-identical
everywhere. Here every step is an IEEE-754 add, multiply, divide or square root, in a fixed
order, from start positions derived from a hash of each node's id: the same vault gives the
same picture on any machine. Cost: O(n² · steps), with fewer steps for more nodes; the report caps n (200 nodes: about 1 s).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence

# Steps of the simulation: many for small pictures, fewer for big ones (each step is O(n²)).
STEP_BUDGET = 6000
MIN_STEPS, MAX_STEPS = 40, 120


def _start(node: str) -> tuple[float, float]:
    digest = hashlib.sha256(node.encode("utf-8", "surrogateescape")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64, int.from_bytes(digest[8:16], "big") / 2**64


def graph_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], *, aspect: float = 1.0
) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]² for a picture `aspect` times wider than high: linked nodes by
    spring_layout in the upper part, unlinked ones in rows along the bottom."""
    edges = list(edges)
    linked = {n for e in edges for n in e if e[0] != e[1]}
    alone = sorted(n for n in set(nodes) if n not in linked)
    placed = spring_layout(sorted(linked), edges, aspect=aspect)
    if not alone:
        return placed
    per_row = max(1, int(8 * aspect))
    rows = (len(alone) + per_row - 1) // per_row
    band = min(0.3, 0.08 * rows) if placed else 1.0
    out = {node: (x, y * (1.0 - band)) for node, (x, y) in placed.items()}
    for i, node in enumerate(alone):
        row, col = divmod(i, per_row)
        out[node] = (col / per_row, 1.0 - band + band * (row + 0.5) / rows if placed else (row + 0.5) / rows)
    return out


def spring_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], *, aspect: float = 1.0, iterations: int | None = None
) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]² for `nodes` (simulated in an `aspect`:1 rectangle); `edges` pull
    their ends together (direction ignored)."""
    order = sorted(set(nodes))
    n = len(order)
    if n == 0:
        return {}
    if n == 1:
        return {order[0]: (0.5, 0.5)}
    index = {node: i for i, node in enumerate(order)}
    pairs = sorted({(min(index[a], index[b]), max(index[a], index[b])) for a, b in edges if a in index and b in index and a != b})
    xs = [_start(node)[0] * aspect for node in order]
    ys = [_start(node)[1] for node in order]
    centre_x = aspect / 2
    k = 1.5 * math.sqrt(aspect / n)  # the ideal distance between two nodes (roomier than FR's 1.0)
    gravity = 0.05  # keeps unlinked nodes and separate components on the canvas
    if iterations is None:
        iterations = max(MIN_STEPS, min(MAX_STEPS, STEP_BUDGET // n))
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        dx = [0.0] * n
        dy = [0.0] * n
        for i in range(n):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, n):
                ddx, ddy = xi - xs[j], yi - ys[j]
                dist2 = ddx * ddx + ddy * ddy
                if dist2 < 1e-8:
                    ddx, ddy, dist2 = 1e-4 * (1 + i % 3), 1e-4 * (1 + j % 5), 1e-8
                force = k * k / dist2  # repulsion k²/d, applied along (ddx, ddy)/d
                dx[i] += ddx * force
                dy[i] += ddy * force
                dx[j] -= ddx * force
                dy[j] -= ddy * force
        for i, j in pairs:
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            dist = math.sqrt(ddx * ddx + ddy * ddy)
            pull = dist / k  # attraction d²/k, applied along (ddx, ddy)/d
            dx[i] -= ddx * pull
            dy[i] -= ddy * pull
            dx[j] += ddx * pull
            dy[j] += ddy * pull
        for i in range(n):
            dx[i] += (centre_x - xs[i]) * gravity / k
            dy[i] += (0.5 - ys[i]) * gravity / k
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if length > 0:
                step = min(length, temperature) / length
                xs[i] += dx[i] * step
                ys[i] += dy[i] * step
        temperature -= cooling
    return _normalise(order, xs, ys)


def _normalise(order: list[str], xs: list[float], ys: list[float]) -> dict[str, tuple[float, float]]:
    # Each axis stretched to fill the picture (the simulation already had its proportions).
    lo_x, lo_y = min(xs), min(ys)
    span_x, span_y = max(max(xs) - lo_x, 1e-9), max(max(ys) - lo_y, 1e-9)
    return {node: ((x - lo_x) / span_x, (y - lo_y) / span_y) for node, x, y in zip(order, xs, ys, strict=True)}
