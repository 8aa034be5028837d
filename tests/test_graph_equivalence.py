"""The memoised resolver, the bulk graph build and the shared link analysis give exactly what the
straightforward versions gave: every resolution, every node and edge (with attributes and order),
every VK301-VK308 finding. Behaviour only; timings are in benchmarks/bench_graph.py.

The reference below is the resolver, graph build and link-rule loops as first written (one fold
per path per lookup, one networkx add_edge per link), kept verbatim in spirit.
"""

from __future__ import annotations

import posixpath
import random
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from vaultkit import links as analysis
from vaultkit.api import VaultIndex, parse_note
from vaultkit.config import Config
from vaultkit.graph import (
    IMPOSSIBLE_IN_NAMES,
    NOT_PORTABLE_IN_NAMES,
    Resolver,
    build_graph,
    fold,
    links_broken_by_change,
    orphans,
    resolve_all,
    resolver_for,
    strip_heading,
)
from vaultkit.model import Link, Note
from vaultkit.rules import links as link_rules

NFD = unicodedata.normalize("NFD", "Café")
NFC = unicodedata.normalize("NFC", "Café")


# --- the reference -------------------------------------------------------------------------


class RefResolver:
    def __init__(self, note_paths: Iterable[str], file_paths: Iterable[str] = ()) -> None:
        self.by_path: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = defaultdict(list)
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
            stem = key[:-3]
            self.by_path.setdefault(stem, path)
            self.by_name[stem.rsplit("/", 1)[-1]].append(path)
        else:
            self.by_name["\x00" + key.rsplit("/", 1)[-1]].append(path)

    def resolve(self, target: str, source: str) -> tuple[str, str | None, tuple[str, ...]]:
        if not target:
            return ("resolved", source, ())
        name = target.rsplit("/", 1)[-1]
        if any(c in IMPOSSIBLE_IN_NAMES for c in name):
            exact = self.by_path.get(fold(target))
            return ("resolved", exact, ()) if exact else ("impossible", None, ())
        folder = source.rsplit("/", 1)[0] if "/" in source else ""
        if target.startswith(("./", "../")):
            target = posixpath.normpath(posixpath.join(folder, target))
            if target.startswith("../"):
                return ("unresolved", None, ())
        key = fold(target)
        exact = self.by_path.get(key)
        if exact is not None:
            return ("resolved", exact, ())
        base = key.rsplit("/", 1)[-1]
        dot = base.rfind(".")
        has_ext = 0 < dot < len(base) - 1 and " " not in base[dot:] and len(base) - dot <= 6
        is_note = not has_ext or base.endswith(".md")
        if base.endswith(".md"):
            base, key = base[:-3], key[:-3]
        # Issue 19: a dotted name (`[[stdio.h]]`) is a file's first, else a note's (`stdio.h.md`).
        notes, files = self.by_name.get(base, ()), self.by_name.get("\x00" + base, ())
        pool = (notes or files) if is_note else (files or notes)
        suffix = "/" + key
        matches = (
            [p for p in pool if _strip_md(fold(p)).endswith(suffix) or _strip_md(fold(p)) == key] if "/" in key else list(pool)
        )
        if not matches:
            return ("unresolved", None, ())
        if len(matches) == 1:
            return ("resolved", matches[0], ())
        own = [p for p in matches if (p.rsplit("/", 1)[0] if "/" in p else "") == folder]
        if own:
            return ("resolved", own[0], ())
        return ("ambiguous", matches[0], tuple(matches))


def _strip_md(path: str) -> str:
    return path[:-3] if path.endswith(".md") else path


def _shown(link: Link) -> str:
    return link.raw or f"[[{link.target}]]"


def ref_resolve_all(index: VaultIndex) -> list[tuple[str, Any, tuple[str, str | None, tuple[str, ...]]]]:
    resolver = RefResolver((n.path for n in index.notes), index.files)
    return [(note.path, link, resolver.resolve(link.target, note.path)) for note in index.notes for link in note.links]


def ref_build_graph(index: VaultIndex, resolved: list[Any] | None = None) -> nx.DiGraph:
    graph = nx.DiGraph()
    for note in index.notes:
        graph.add_node(note.path, kind="note", name=note.name)
    notes = {n.path for n in index.notes}
    for source, link, (status, path, _) in resolved if resolved is not None else ref_resolve_all(index):
        if path is not None:
            target = path
            if target not in graph:
                graph.add_node(target, kind="note" if target in notes else "file", name=target.rsplit("/", 1)[-1])
        else:
            target = f"unresolved:{link.target}"
            if target not in graph:
                graph.add_node(target, kind="unresolved", name=link.target, impossible=status == "impossible")
        if graph.has_edge(source, target):
            graph[source][target]["count"] += 1
            continue
        graph.add_edge(
            source,
            target,
            line=link.line,
            column=link.column,
            kind="embed" if link.embed else "link",
            heading=link.heading or "",
            block=link.block or "",
            count=1,
        )
    return graph


def ref_findings(index: VaultIndex) -> list[tuple[str, str, int, int, str, str]]:
    """(rule, path, line, column, message, key) of VK301-VK308, in the order the rules yield them."""
    resolved = ref_resolve_all(index)
    graph = ref_build_graph(index)
    aliases: dict[str, list[str]] = defaultdict(list)
    for note in index.notes:
        for alias in note.aliases:
            aliases[fold(alias.strip())].append(note.path)
    by_path = {n.path: n for n in index.notes}
    out = []
    for src, link, (status, _, _) in resolved:
        if status == "unresolved" and fold(link.target) not in aliases:
            what = "embed" if link.embed else "link"
            out.append(
                ("VK301", src, link.line, link.column, f"broken {what}: no note or file matches {_shown(link)}", link.target)
            )
    for src, link, (status, _, _) in resolved:
        owners = aliases.get(fold(link.target)) if status == "unresolved" else None
        if owners:
            real = owners[0].rsplit("/", 1)[-1][:-3]
            out.append(
                (
                    "VK302",
                    src,
                    link.line,
                    link.column,
                    f"{_shown(link)} names an alias of {owners[0]}; Obsidian does not resolve aliases: "
                    f"write [[{real}|{link.target}]]",
                    link.target,
                )
            )
    for src, link, (status, path, candidates) in resolved:
        if status == "ambiguous":
            others = ", ".join(candidates[1:4])
            out.append(
                (
                    "VK303",
                    src,
                    link.line,
                    link.column,
                    f"{_shown(link)} matches {len(candidates)} files; resolved by the shortest path to {path} (also: {others})",
                    link.target,
                )
            )
    for src, link, (_, path, _) in resolved:
        target = by_path.get(path or "")
        if target is not None and link.heading:
            headings = {strip_heading(h.text) for h in target.headings}
            if not all(strip_heading(p) in headings for p in link.heading.split("#") if p.strip()):
                out.append(
                    (
                        "VK304",
                        src,
                        link.line,
                        link.column,
                        f"{_shown(link)}: {target.path} has no heading {link.heading!r}",
                        f"{link.target}#{link.heading}",
                    )
                )
    for src, link, (_, path, _) in resolved:
        target = by_path.get(path or "")
        if target is not None and link.block and link.block.casefold() not in {b.id.casefold() for b in target.block_ids}:
            out.append(
                (
                    "VK305",
                    src,
                    link.line,
                    link.column,
                    f"{_shown(link)}: {target.path} has no block ^{link.block}",
                    f"{link.target}#^{link.block}",
                )
            )
    for src, link, (status, _, _) in resolved:
        if status == "impossible":
            bad = "".join(sorted({c for c in link.target.rsplit("/", 1)[-1] if c in "\\:"}))
            out.append(
                (
                    "VK306",
                    src,
                    link.line,
                    link.column,
                    f"{_shown(link)} can never resolve: file names cannot contain {bad!r}",
                    link.target,
                )
            )
    for note in index.notes:
        if not any(s != note.path for s in graph.predecessors(note.path)):
            out.append(("VK307", note.path, 1, 1, "orphan: no other note links to this note", "orphan"))
    seen: dict[str, list[str]] = defaultdict(list)
    for note in index.notes:
        seen[fold(note.path)].append(note.path)
    for paths in seen.values():
        for path in paths[1:]:
            out.append(("VK308", path, 1, 1, f"{path} and {paths[0]} differ only in case or Unicode form", fold(path)))
    for path in [n.path for n in index.notes] + [f for f in index.files if not f.lower().endswith(".md")]:
        bad = "".join(sorted(c for c in set(path) if c in NOT_PORTABLE_IN_NAMES))
        if bad:
            message = f"{path} cannot exist on Windows: its name has {bad!r}; rename it to sync the vault there"
            out.append(("VK309", path, 1, 1, message, "non-portable"))
    return out


# --- a vault full of collisions --------------------------------------------------------------

FOLDERS = ["", "a", "A", "a/b", "b", "x/y/z", NFC, NFD, "Заметки", "Templates", "deep/a/b"]
NAMES = ["Note", "note", "NOTE", NFC, NFD, "v1.2 notes", "report.pdf", "Index", "ideas", "Ideas", "Квантование", "a b", "n"]
NAMES += ["stdio.h", "data.json", "Why?"]
FILES = ["img/pic.png", "img/Pic.PNG", "pic.png", "docs/paper.pdf", "a/report.pdf", "b/x.MD", f"{NFD}/photo.jpg", "n.png"]
FILES += ["data.json", "cfg/stdio.h"]
HEADINGS = ["Top", "Sub Heading", "Q&A: part 2", "Int8"]


def _targets(paths: list[str]) -> list[str]:
    out = ["", "missing", "Missing Note", "Paper: Title", "Why?", "a\\b", "../../escape", "./", "..", "Other Name", "other name"]
    out += ["pic.png", "PIC.png", "pic", "paper.pdf", "img/pic.png", "photo.jpg", "x.md", "x", "report.pdf", "n.png", "n"]
    for path in paths:
        stem = path[:-3]
        name = stem.rsplit("/", 1)[-1]
        out += [
            name,
            name.upper(),
            name + ".md",
            stem,
            stem.swapcase(),
            "/".join(stem.split("/")[-2:]),
            "./" + name,
            "../" + name,
        ]
        out += [unicodedata.normalize("NFD", stem), unicodedata.normalize("NFC", name)]
    return out


def make_index(n_notes: int = 300, seed: int = 0) -> VaultIndex:
    rng = random.Random(seed)
    paths: list[str] = []
    while len(paths) < n_notes:
        folder, name = rng.choice(FOLDERS), rng.choice(NAMES)
        if rng.random() < 0.3:
            name = f"{name} {rng.randrange(40)}"
        path = f"{folder}/{name}.md" if folder else f"{name}.md"
        if path not in paths:
            paths.append(path)
    targets = _targets(paths)
    config = Config()
    notes: list[Note] = []
    for i, path in enumerate(sorted(paths)):
        lines = ["---", f"aliases: [Other Name, Alias {i % 7}]" if i % 5 == 0 else "title: x", 'related: "[[Index]]"', "---"]
        lines += ["# Top", "## Sub Heading", "### Q&A: part 2", "para ^blk-1", ""]
        for _ in range(rng.randrange(0, 12)):
            target = rng.choice(targets)
            form = rng.randrange(8)
            if form == 0:
                lines.append(f"see [[{target}]]")
            elif form == 1:
                lines.append(f"see [[{target}#{rng.choice(HEADINGS)}|shown]]")
            elif form == 2:
                lines.append(f"see [[{target}#^{rng.choice(['blk-1', 'nope', 'BLK-1'])}]]")
            elif form == 3:
                lines.append(f"![[{target}]]")
            elif form == 4 and target and " " not in target:
                lines.append(f"[x]({target.replace(' ', '%20')})")
            elif form == 5:
                lines.append(f"[[{target}#Top#Sub Heading]] and [[{target}#top#nope]]")
            else:
                lines.append(f"[[ {target} ]] [[{target}]]")
        if i % 11 == 0:
            lines.append("[[#Sub Heading]] [[#Nope]] [[Other Name]] [[alias 3]]")
        note = parse_note(path, "\n".join(lines).encode("utf-8"), config).note
        assert note is not None
        notes.append(note)
    return VaultIndex(Path("/nonexistent"), tuple(notes), tuple(sorted(FILES)), config)


@pytest.fixture(scope="module")
def index() -> VaultIndex:
    return make_index()


# --- the comparisons -------------------------------------------------------------------------


def test_the_vault_exercises_every_outcome(index: VaultIndex) -> None:
    statuses = {res[0] for *_, res in ref_resolve_all(index)}
    assert statuses == {"resolved", "ambiguous", "unresolved", "impossible"}
    assert sum(len(n.links) for n in index.notes) > 1000


def test_resolution_matches_reference(index: VaultIndex) -> None:
    expected = ref_resolve_all(index)
    got = resolve_all(index)
    assert len(got) == len(expected)
    for (src, link, ref), r in zip(expected, got, strict=True):
        assert (r.source, r.link) == (src, link)
        assert (r.resolution.status, r.resolution.path, r.resolution.candidates) == ref, (src, link.target)


def test_memo_does_not_leak_between_folders(index: VaultIndex) -> None:
    """Every target from every folder, asked in two orders, against a fresh reference."""
    paths = [n.path for n in index.notes]
    ref = RefResolver(paths, index.files)
    sources = sorted({p.rsplit("/", 1)[0] + "/src.md" if "/" in p else "src.md" for p in paths})
    targets = sorted(set(_targets(paths)))
    for order in (1, -1):
        resolver = resolver_for(index)
        for target in targets[::order]:
            for source in sources[::order]:
                r = resolver.resolve(target, source)
                assert (r.status, r.path, r.candidates) == ref.resolve(target, source), (target, source)


def _check(rule: Any, index: VaultIndex) -> list[Any]:
    assert rule.check is not None
    return list(rule.check(index, index.config))


def _graph_dump(graph: nx.DiGraph) -> tuple[Any, ...]:
    return (
        list(graph.nodes(data=True)),
        list(graph.edges(data=True)),
        [(n, list(graph.pred[n])) for n in graph],
        [(n, list(graph.succ[n])) for n in graph],
    )


def test_graph_matches_reference(index: VaultIndex) -> None:
    assert _graph_dump(build_graph(index)) == _graph_dump(ref_build_graph(index))
    assert _graph_dump(build_graph(index, resolve_all(index))) == _graph_dump(ref_build_graph(index))


def test_graph_fast_path_matches_public_api(index: VaultIndex) -> None:
    """The direct adjacency fill gives what networkx's own add_edges_from gives."""
    from vaultkit import graph as g

    nodes, out_edges, order = g._graph_parts(index, resolve_all(index))
    assert order is None  # a note's links come together
    public = nx.DiGraph()
    public.add_nodes_from(nodes.items())
    public.add_edges_from(g._ordered_edges(out_edges, order))
    fast = build_graph(index)
    assert _graph_dump(fast) == _graph_dump(public)
    # and the graph behaves as a graph: algorithms and mutation see the edges
    assert fast.number_of_edges() == public.number_of_edges()
    assert nx.number_weakly_connected_components(fast) == nx.number_weakly_connected_components(public)
    fast.add_edge("new", next(iter(fast)))
    assert fast.has_edge("new", next(iter(fast)))
    assert fast._adj is fast._succ


def test_graph_fill_falls_back_to_the_public_calls(index: VaultIndex) -> None:
    from vaultkit import graph as g

    class Subclassed(nx.DiGraph):  # type: ignore[misc]
        pass

    nodes, out_edges, order = g._graph_parts(index, resolve_all(index))
    sub = Subclassed()
    g._fill(nx, sub, nodes, out_edges, order)
    assert _graph_dump(sub) == _graph_dump(build_graph(index))


def test_graph_of_links_in_any_order(index: VaultIndex) -> None:
    """Links not grouped by source (a caller's own list): same graph as add_edge in that order."""
    from vaultkit import graph as g

    resolved = resolve_all(index)
    random.Random(3).shuffle(resolved)
    expected = _graph_dump(ref_build_graph(index, [(r.source, r.link, tuple(r.resolution)) for r in resolved]))
    assert _graph_dump(build_graph(index, resolved)) == expected
    nodes, out_edges, order = g._graph_parts(index, resolved)
    assert order is not None

    class Subclassed(nx.DiGraph):  # type: ignore[misc]
        pass

    sub = Subclassed()
    g._fill(nx, sub, nodes, out_edges, order)
    assert _graph_dump(sub) == expected


def test_graph_of_links_from_outside_the_notes() -> None:
    """A resolved list whose source is not a note: the source gets a bare node, as add_edge gave it."""
    note = parse_note("a.md", b"[[b]] [[a]]", Config()).note
    assert note is not None
    index = VaultIndex(Path("/nonexistent"), (note,), (), Config())
    resolved = resolve_all(index)
    extra = [resolved[0]._replace(source="elsewhere.md"), *resolved, resolved[1]._replace(source="elsewhere.md")]
    graph = build_graph(index, extra)
    ref = nx.DiGraph()
    ref.add_node("a.md", kind="note", name="a")
    ref.add_node("unresolved:b", kind="unresolved", name="b", impossible=False)
    ref.add_edge("elsewhere.md", "unresolved:b", line=1, column=1, kind="link", heading="", block="", count=1)
    ref.add_edge("a.md", "unresolved:b", line=1, column=1, kind="link", heading="", block="", count=1)
    ref.add_edge("a.md", "a.md", line=1, column=7, kind="link", heading="", block="", count=1)
    ref.add_edge("elsewhere.md", "a.md", line=1, column=7, kind="link", heading="", block="", count=1)
    assert _graph_dump(graph) == _graph_dump(ref)


def test_orphans_match_reference(index: VaultIndex) -> None:
    ref_graph = ref_build_graph(index)
    expected = [n.path for n in index.notes if not any(s != n.path for s in ref_graph.predecessors(n.path))]
    assert orphans(index, build_graph(index)) == expected
    analysis._LAST.clear()
    assert analysis.link_analysis(index).orphans == expected
    assert expected  # the vault has some


def test_link_rule_findings_match_reference(index: VaultIndex) -> None:
    analysis._LAST.clear()
    found = [f for rule in link_rules.RULES for f in _check(rule, index)]
    # The reference knows no suggestions: compare the messages without their "did you mean".
    got = [(f.rule, f.path, f.line, f.column, f.message.split("; did you mean ")[0], f.key) for f in found]
    expected = ref_findings(index)
    assert got == expected
    assert {f[0] for f in expected} >= {"VK301", "VK302", "VK303", "VK304", "VK305", "VK306", "VK307", "VK308", "VK309"}
    for f in found:
        assert f.message.endswith(f"; did you mean {f.suggestion}?") == (bool(f.suggestion) and f.rule != "VK302"), f
    assert sum(1 for f in found if f.suggestion and f.rule == "VK301") > 10


def test_analysis_is_shared_and_renewed_per_index(index: VaultIndex) -> None:
    analysis._LAST.clear()
    resolved, graph = analysis.analyse(index)
    assert analysis.analyse(index)[1] is graph and analysis.link_analysis(index).resolved is resolved
    other = make_index(40, seed=3)
    assert analysis.link_analysis(other).index is other
    assert analysis.analyse(index)[1] is not graph  # recomputed for the first index again
    assert _graph_dump(analysis.analyse(index)[1]) == _graph_dump(graph)


def test_links_broken_by_change_matches_reference(index: VaultIndex) -> None:
    paths = [n.path for n in index.notes]
    rng = random.Random(5)
    new = [p for p in paths if rng.random() > 0.2] + ["moved/" + p.rsplit("/", 1)[-1] for p in paths[:10]]
    old_ref, new_ref = RefResolver(paths, index.files), RefResolver(new, index.files)
    present = set(new)
    expected = []
    for note in index.notes:
        if note.path not in present:
            continue
        for link in note.links:
            before = old_ref.resolve(link.target, note.path)
            if before[1] is not None and link.target and new_ref.resolve(link.target, note.path)[1] is None:
                expected.append((note.path, link, before[1]))
    got = links_broken_by_change(paths, new, index.notes, index.files)
    assert got == expected and got


def test_resolver_results_are_shared_not_rebuilt() -> None:
    r = Resolver(["x/n.md", "y/n.md", "y/src.md"])
    first = r.resolve("n", "src.md")
    assert first.status == "ambiguous" and r.resolve("n", "other.md") is first
    assert r.resolve("n", "y/src.md").path == "y/n.md"
    assert r.resolve("n", "x/deeper/src.md") is first  # an ancestor folder gives no preference


def test_unresolved_node_ids_that_name_a_note() -> None:
    """A note literally at `unresolved:x.md` is the graph node an unresolved `[[x.md]]` points
    at (colons are legal on Linux): orphans read off the links agree with the graph."""
    config = Config()
    texts = {"unresolved:x.md": b"[[x.md]]", "unresolved:y.md": b"", "b.md": b"[[y.md]]"}
    notes = tuple(n for p, t in sorted(texts.items()) if (n := parse_note(p, t, config).note) is not None)
    index = VaultIndex(Path("/nonexistent"), notes, (), config)
    analysis._LAST.clear()
    got = [(f.rule, f.path, f.line, f.column, f.message, f.key) for rule in link_rules.RULES for f in _check(rule, index)]
    assert got == ref_findings(index)
    assert [g[1] for g in got if g[0] == "VK307"] == ["b.md", "unresolved:x.md"]


def test_strip_heading_matches_the_regex_version_on_every_character() -> None:
    import re
    import sys

    punctuation, spaces = re.compile(r"[!\"#$%&()*+,.:;<=>?@^`{|}~/\[\]\\\r\n]"), re.compile(r"\s+")

    def regex_version(text: str) -> str:
        return spaces.sub(" ", punctuation.sub(" ", unicodedata.normalize("NFC", text))).strip().casefold()

    chars = "".join(map(chr, range(sys.maxunicode + 1)))
    for k in range(0, len(chars), 4096):  # every code point, alone and between letters
        chunk = chars[k : k + 4096]
        assert strip_heading(chunk) == regex_version(chunk)
        assert [strip_heading(f" a{c}{c}b{c}") for c in chunk] == [regex_version(f" a{c}{c}b{c}") for c in chunk]


def ref_graph_stats(index: VaultIndex, graph: nx.DiGraph, top: int = 10) -> dict[str, Any]:
    note_nodes = [n for n, d in graph.nodes(data=True) if d["kind"] == "note"]
    broken = sum(d["count"] for _, v, d in graph.edges(data=True) if graph.nodes[v]["kind"] == "unresolved")
    in_links = ((sum(graph[u][n]["count"] for u in graph.predecessors(n)), n) for n in note_nodes)
    hubs = sorted(in_links, key=lambda x: (-x[0], x[1]))
    return {
        "notes": len(index.notes),
        "files_linked": sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "file"),
        "links": sum(d["count"] for *_, d in graph.edges(data=True)),
        "broken": broken,
        "unresolved_targets": sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "unresolved"),
        "orphans": len([n.path for n in index.notes if not any(s != n.path for s in graph.predecessors(n.path))]),
        "components": nx.number_weakly_connected_components(graph.subgraph(note_nodes)) if note_nodes else 0,
        "top_hubs": [{"note": n, "in_links": c} for c, n in hubs[:top] if c],
    }


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_graph_stats_match_reference(seed: int) -> None:
    from vaultkit.graph import graph_stats

    base = make_index(120 + 60 * seed, seed=seed)
    islands = {"zz/alone.md": b"[[alone]]", "zz/pair 1.md": b"[[pair 2]]", "zz/pair 2.md": b"![[pair 1]] [[gone]]"}
    extra = tuple(n for p, t in islands.items() if (n := parse_note(p, t, base.config).note) is not None)
    index = VaultIndex(base.root, base.notes + extra, base.files, base.config)
    graph = build_graph(index)
    assert graph_stats(index, graph) == ref_graph_stats(index, graph)
    assert graph_stats(index, graph, top=500) == ref_graph_stats(index, graph, top=500)
    assert graph_stats(index, graph)["components"] >= 3
    empty = VaultIndex(Path("/nonexistent"), (), (), Config())
    assert graph_stats(empty, build_graph(empty)) == ref_graph_stats(empty, build_graph(empty))
