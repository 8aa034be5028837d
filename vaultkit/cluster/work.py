"""What runs on the workers: pure functions of (vault root, paths, config) and of shuffled records.

The driver never holds the vault: it holds paths in chunks and handles (futures) to what the
workers computed. Every function here takes and returns plain picklable values, so any engine
that can run a function on a worker and move its result by reference can drive them
(dask_engine.py is the one there is).

Steps (what moves between them is named in docs/scale-out.md):

1. map_chunk: read each note by path (a file system every worker sees), engine.parse.parse_note
   (the local engine's own per-note function, under the same CPU budget), filter the note's
   findings as verify does, and bucket what the vault rules need by a stable hash of its key:
   names (a note's or file's name key), aliases, links (by the name key of their target),
   claims (by claim key) and duplicate keys (exact key, MinHash band keys, sample hashes);
2. reduce_links: one Resolver per bucket over the notes and files of that bucket's names, which
   answers every link routed there exactly as the whole vault's would (a target is only ever
   compared with paths of its own name: graph.Resolver); broken-link suggestions need every
   name (typos), so those links go on to suggest_links;
3. reduce_claims: VK405 per claim key;
4. reduce_dupe_keys, count_sample_pairs: candidate pairs of the exact and lexical layers;
   verify_component: the duplicate layers (dedup.find_duplicates) on one connected group of
   candidates, notes parsed again where they land.
"""

from __future__ import annotations

import posixpath
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from vaultkit.config import Config
from vaultkit.graph import IMPOSSIBLE_IN_NAMES, NOT_PORTABLE_IN_NAMES, Resolution, ResolvedLink, Resolver, fold
from vaultkit.model import Finding, Heading, Link, Note, Suppression

# Records per kind in one bucket list: kind -> bucket -> records.
Buckets = dict[str, dict[int, list[Any]]]


def stable_bucket(key: str, buckets: int) -> int:
    """The bucket of a key: the same in every process (Python's hash() is salted per process)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def name_key(path_or_target: str) -> str:
    """The key a link target and the paths it can resolve to share: the folded last path part
    without `.md` (graph.Resolver compares a target only with paths of that name)."""
    base = fold(path_or_target).rsplit("/", 1)[-1]
    return base[:-3] if base.endswith(".md") else base


def link_key(link: Link, source: str) -> str:
    """The name key of the paths `link` (written in `source`) can resolve to."""
    target = link.target
    if not target:
        return name_key(source)  # `[[#Heading]]`: the note itself
    if not IMPOSSIBLE_IN_NAMES.isdisjoint(target.rsplit("/", 1)[-1]):
        return name_key(target)
    if target.startswith(("./", "../")):
        path = posixpath.normpath(posixpath.join(source.rpartition("/")[0], target))
        return name_key(target) if path.startswith("../") else name_key(path)
    return name_key(target)


# --- filtering, as engine.run.filter_findings does for the whole run ---------------------------


def keep(findings: Iterable[Finding], suppressions: Sequence[Suppression], config: Config) -> list[Finding]:
    """The findings about one note that verify would report: rule enabled, not ignored for the
    path, not suppressed by the note's own comments, with severity overrides applied."""
    from vaultkit.engine.run import _suppresses
    from vaultkit.rules import RULES

    lines: dict[int, list[frozenset[str]]] = {}
    for s in suppressions:
        lines.setdefault(s.line, []).append(s.rules)
    out = []
    for f in findings:
        rule = RULES.get(f.rule)
        if rule is not None and not rule.enabled(config):
            continue
        if config.ignored_for(f.path, f.rule):
            continue
        if lines and any(_suppresses(codes, f) for codes in (*lines.get(f.line, ()), *lines.get(0, ()))):
            continue
        if f.rule in config.severity:
            f = replace(f, severity=config.severity[f.rule])
        out.append(f)
    return out


# --- 0. the walk ---------------------------------------------------------------------------------


@dataclass
class Walk:
    """What discovery found, held on the worker that walked: the notes and files (sorted, once
    each) and the findings about what could not be walked, filtered as verify filters them."""

    notes: list[str]
    files: list[str]
    findings: list[Finding]


def walk_vault(root: str, config: Config) -> Walk:
    """engine.load.discover_notes on a worker (the local engine's own walk), so the driver never
    holds the vault's paths."""
    from vaultkit.engine.load import discover_notes

    found, findings = discover_notes(Path(root), config)
    return Walk(list(found.notes), sorted(set(found.files)), keep(findings, (), config))


def walk_head(walk: Walk) -> tuple[int, int, list[Finding]]:
    """What the driver needs of the walk: how many notes and files, and its findings."""
    return len(walk.notes), len(walk.files), walk.findings


def walk_part(walk: Walk, k: int, n: int) -> tuple[list[str], list[str]]:
    """Map task k of n: a contiguous share of the notes (sizes differ by one at most) and every
    n-th file."""
    total = len(walk.notes)
    return walk.notes[k * total // n : (k + 1) * total // n], walk.files[k::n]


# --- 1. the map ----------------------------------------------------------------------------------


@dataclass
class ChunkOut:
    """One map task's output: the findings to write, and records bucketed for each shuffle."""

    findings: list[Finding]
    buckets: Buckets = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # paths of the notes parsed (names for suggestions)
    files: list[str] = field(default_factory=list)
    dupe_rows: Any = None  # (bucket, kind, key, record) as four array('Q') columns until packed at the end
    dupe_records: list[tuple[str, str, int, int]] = field(default_factory=list)  # (path, exact key, sample size, words)

    def add(self, kind: str, bucket: int, record: object) -> None:
        self.buckets.setdefault(kind, {}).setdefault(bucket, []).append(record)


@dataclass(frozen=True)
class Plan:
    """What the driver decided once: bucket counts, and which steps run."""

    link_buckets: int
    claim_buckets: int
    dupe_buckets: int
    links: bool
    claims: bool
    dupes: bool


def map_chunk(root: str, paths: Sequence[str], files: Sequence[str], config: Config, plan: Plan) -> ChunkOut:
    """Parse `paths` (notes, vault-relative) from `root`; route `files` (attachments) by name."""
    from vaultkit.engine.load import note_config, read_notes
    from vaultkit.engine.parse import parse_note_bounded
    from vaultkit.rules.links import check_portable

    parse_config = note_config(config)
    out = ChunkOut([])
    parsed: list[Note] = []
    for rel, data in read_notes(Path(root), paths):
        if isinstance(data, Finding):
            out.findings.extend(keep([data], (), config))
            continue
        result = parse_note_bounded(rel, data, parse_config)
        note = result.note
        supp = note.suppressions if note is not None else ()
        found = list(result.findings)
        if note is not None:
            out.notes.append(rel)
            if plan.links:
                found.extend(_portable(check_portable, rel))
            _route_note(out, note, plan)
            if plan.dupes:
                parsed.append(note)
        out.findings.extend(keep(found, supp, config))
    if parsed:
        _route_lines(out, parsed, root, plan)
    if out.dupe_rows is not None:
        _pack_dupe_keys(out)
    for rel in files:
        out.files.append(rel)
        if plan.links:
            out.add("links", stable_bucket(name_key(rel), plan.link_buckets), ("file", rel))
            if not rel.lower().endswith(".md"):
                out.findings.extend(keep(_portable(check_portable, rel), (), config))
    return out


def map_part(root: str, part: tuple[Sequence[str], Sequence[str]], config: Config, plan: Plan) -> ChunkOut:
    """map_chunk on a part cut by walk_part."""
    return map_chunk(root, part[0], part[1], config, plan)


def _portable(rule: Any, path: str) -> list[Finding]:
    """VK309 for one path (rules.links.check_portable's message)."""
    bad = NOT_PORTABLE_IN_NAMES.intersection(path)
    if not bad:
        return []
    message = f"{path} cannot exist on Windows: its name has {''.join(sorted(bad))!r}; rename it to sync the vault there"
    return [rule.finding(path, 1, 1, message, key="non-portable")]


def _route_note(out: ChunkOut, note: Note, plan: Plan) -> None:
    path, supp = note.path, note.suppressions
    if plan.links:
        nb = plan.link_buckets
        out.add("links", stable_bucket(name_key(path), nb), ("note", path, tuple(note.headings), tuple(note.block_ids), supp))
        for i, alias in enumerate(note.aliases):
            out.add("links", stable_bucket(name_key(alias.strip()), nb), ("alias", fold(alias.strip()), path, i))
        for i, link in enumerate(note.links):
            out.add("links", stable_bucket(link_key(link, path), nb), ("link", path, i, link, supp))
    if plan.claims:
        from vaultkit.claims.model import Claim

        for i, c in enumerate(note.claims):
            if isinstance(c, Claim) and c.key and c.value:
                out.add("claims", stable_bucket(c.key, plan.claim_buckets), (c.key, path, i, c, supp))
    if plan.dupes and note.dedup is not None:
        _add_dupe_keys(out, note, plan.dupe_buckets)


def _route_lines(out: ChunkOut, notes: Sequence[Note], root: str, plan: Plan) -> None:
    """Each note's distinct lines by line hash (template lines, unfilled templates), and one
    record per note by path (unfilled templates)."""
    import numpy as np

    from vaultkit.dedup import features, pipeline

    templates = pipeline._template_notes(notes, Path(root))
    for i, note in enumerate(notes):
        f = note.dedup
        if not isinstance(f, features.NoteFeatures):
            continue
        template = i in templates
        if not template and not f.key:
            continue
        hashes = np.frombuffer(f.lines, dtype=np.uint64).tolist()
        counts = np.frombuffer(f.line_words, dtype=np.uint16).tolist()
        key = "" if template else f.key
        for h, c in zip(hashes, counts, strict=True):
            out.add("lines", h % plan.dupe_buckets, (h, c, key, note.path))
        if not template:
            record = (note.path, f.key, f.letter_words, f.unfilled, note.suppressions)
            out.add("owners", stable_bucket(note.path, plan.dupe_buckets), record)


@dataclass
class LinesOut:
    """A line-hash bucket after the first round: its template lines (both word limits), and per
    note (by path bucket) its words outside template lines and its template lines here."""

    template: dict[int, frozenset[int]]
    own: dict[int, list[tuple[str, int, tuple[int, ...]]]]
    templated: dict[int, int]  # line hash -> template notes holding it


def template_lines(config: Config, parts: Sequence[Sequence[tuple[int, int, str, str]]], buckets: int) -> LinesOut:
    """This bucket's template lines, as dedup.pipeline._template_lines finds them over the whole
    vault, for both word limits it is asked with: every line of a template note (key ""), and
    each short line found in `template_notes` or more distinct bodies; and each note's share of
    what pipeline._own_words counts."""
    from vaultkit.dedup import pipeline
    from vaultkit.dedup.options import DedupOptions

    opts = DedupOptions.from_config(config)
    keys: dict[int, set[str]] = defaultdict(set)
    words: dict[int, int] = {}
    templated: dict[int, int] = defaultdict(int)
    notes: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for part in parts:
        for h, c, key, path in part:
            if key:
                words[h] = c
                if c <= pipeline.TEMPLATE_LINE_WORDS:
                    keys[h].add(key)
                notes[path].append((h, c))
            else:
                templated[h] += 1
    template = {}
    for limit in (pipeline.TEMPLATE_LINE_WORDS, pipeline.ALIGN_TEMPLATE_WORDS):
        common = {h for h, k in keys.items() if words[h] <= limit and len(k) >= opts.template_notes}
        template[limit] = frozenset(common | set(templated))
    lines = template[pipeline.TEMPLATE_LINE_WORDS]
    own: dict[int, list[tuple[str, int, tuple[int, ...]]]] = defaultdict(list)
    for path, held in notes.items():
        mine = sum(c for h, c in held if h not in lines)
        shared = tuple(h for h, _ in held if h in lines)
        own[stable_bucket(path, buckets)].append((path, mine, shared))
    return LinesOut(template, dict(own), dict(templated))


def template_of(out: LinesOut) -> dict[int, frozenset[int]]:
    return out.template


def own_part(out: LinesOut, bucket: int) -> list[tuple[str, int, tuple[int, ...]]]:
    return out.own.get(bucket, [])


@dataclass
class OwnersOut:
    """A path bucket after the second round: per line hash bucket, who holds the line as a
    template line (path, body key, filled?)."""

    by_line: dict[int, list[tuple[int, str, str, bool]]]
    notes: dict[str, tuple[int, int, bool, tuple[Suppression, ...]]]  # path -> own words, letter words, unfilled, supp


def own_words(parts: Sequence[Sequence[Any]], owners: Sequence[Sequence[Any]], buckets: int) -> OwnersOut:
    """pipeline._own_words per note, from its lines' shares; a note is filled with FILLED_WORDS
    words of its own."""
    from vaultkit.dedup import pipeline

    mine: dict[str, int] = defaultdict(int)
    shared: dict[str, list[int]] = defaultdict(list)
    for part in parts:
        for path, words, held in part:
            mine[path] += words
            shared[path].extend(held)
    by_line: dict[int, list[tuple[int, str, str, bool]]] = defaultdict(list)
    notes = {}
    for part in owners:
        for path, key, letter_words, unfilled, supp in part:
            filled = mine[path] >= pipeline.FILLED_WORDS
            notes[path] = (mine[path], letter_words, unfilled, supp)
            for h in shared[path]:
                by_line[h % buckets].append((h, path, key, filled))
    return OwnersOut(dict(by_line), notes)


def by_line_part(out: OwnersOut, bucket: int) -> list[tuple[int, str, str, bool]]:
    return out.by_line.get(bucket, [])


def supported(lines: LinesOut, parts: Sequence[Sequence[tuple[int, str, str, bool]]], buckets: int) -> dict[int, list[str]]:
    """pipeline._unfilled_notes' support of each template line of this bucket (2 per template
    note holding it, 1 per distinct filled body), and per path bucket the notes holding a line
    with support 2 or more (one entry per such line)."""
    filled: dict[int, set[str]] = defaultdict(set)
    holders: list[tuple[int, str]] = []
    for part in parts:
        for h, path, key, is_filled in part:
            if is_filled:
                filled[h].add(key)
            holders.append((h, path))
    out: dict[int, list[str]] = defaultdict(list)
    for h, path in holders:
        if 2 * lines.templated.get(h, 0) + len(filled.get(h, ())) >= 2:
            out[stable_bucket(path, buckets)].append(path)
    return dict(out)


def supported_part(out: dict[int, list[str]], bucket: int) -> list[str]:
    return out.get(bucket, [])


def unfilled_notes(config: Config, owners: OwnersOut, parts: Sequence[Sequence[str]]) -> tuple[list[str], list[Finding]]:
    """The unfilled template instances of a path bucket (pipeline._unfilled_notes), and VK506."""
    from vaultkit.dedup import pipeline
    from vaultkit.rules.dupes import DUPLICATE_UNFILLED

    count: dict[str, int] = defaultdict(int)
    for part in parts:
        for path in part:
            count[path] += 1
    out, found = [], []
    for path, (own, letter_words, unfilled, supp) in sorted(owners.notes.items()):
        if unfilled or (letter_words <= pipeline.UNFILLED_MAX_WORDS and own <= pipeline.UNFILLED_WORDS and count[path] >= 2):
            out.append(path)
            message = "unfilled template: only the template's text, nothing filled in"
            found.extend(keep([DUPLICATE_UNFILLED.finding(path, 1, 1, message, key="unfilled")], supp, config))
    return out, found


def unfilled_paths(out: tuple[list[str], list[Finding]]) -> list[str]:
    return out[0]


def unfilled_findings(out: tuple[list[str], list[Finding]]) -> list[Finding]:
    return out[1]


# --- 2. links --------------------------------------------------------------------------------------


@dataclass
class LinkOut:
    findings: list[Finding]
    # Broken and impossible links whose "did you mean" needs every name of the vault.
    needs: list[tuple[ResolvedLink, str, tuple[Suppression, ...]]]


class _Target:
    """What the anchor checks and suggestions read of a target note: its headings and block ids."""

    def __init__(self, path: str, headings: tuple[Heading, ...], block_ids: tuple[Any, ...]) -> None:
        self.path, self.headings, self.block_ids = path, headings, block_ids


def reduce_links(config: Config, parts: Sequence[Sequence[Any]]) -> LinkOut:
    """Every link routed to this bucket resolved against the notes and files of its names."""
    from vaultkit import linkform, suggest
    from vaultkit.links import Anchors
    from vaultkit.rules import links as rules

    notes: dict[str, tuple[tuple[Heading, ...], tuple[Any, ...], tuple[Suppression, ...]]] = {}
    files: list[str] = []
    aliases: dict[str, list[tuple[str, int]]] = defaultdict(list)
    links: list[tuple[str, int, Link, tuple[Suppression, ...]]] = []
    for part in parts:
        for record in part:
            kind = record[0]
            if kind == "note":
                notes[record[1]] = (record[2], record[3], record[4])
            elif kind == "file":
                files.append(record[1])
            elif kind == "alias":
                aliases[record[1]].append((record[2], record[3]))
            else:
                links.append((record[1], record[2], record[3], record[4]))
    links.sort(key=lambda x: (x[0], x[1]))
    resolver = Resolver(sorted(notes), sorted(set(files)))
    anchors = Anchors(())
    owners_of = {k: [p for p, _ in sorted(v)] for k, v in aliases.items()}
    linked: set[str] = set()
    found: list[Finding] = []
    needs: list[tuple[ResolvedLink, str, tuple[Suppression, ...]]] = []

    def anchor_fix(r: ResolvedLink, target: _Target) -> linkform_fix:
        if r.link.heading:
            sub, kind = suggest.heading(cast(Note, target), r.link.heading), "heading"
        else:
            block = suggest.block(cast(Note, target), r.link.block or "")
            sub, kind = ("^" + block if block else None), "block"
        if sub is None:
            return None
        text = linkform.rewrite(r.link, subpath=sub)
        from vaultkit.links import Fix

        return Fix(text, target.path, kind) if text else None

    for source, _, link, supp in links:
        resolution: Resolution = resolver.resolve(link.target, source)
        r = ResolvedLink(source, link, resolution)
        status, target = resolution.status, resolution.path
        here: list[Finding] = []
        if status == "unresolved":
            owners = owners_of.get(fold(link.target))
            if owners:
                here.extend(_alias_only(rules, r, owners))
            else:
                needs.append((r, "broken", supp))
        elif status == "impossible":
            needs.append((r, "impossible", supp))
        elif status == "ambiguous":
            candidates = resolution.candidates
            message = (
                f"{rules._shown(r)} matches {len(candidates)} files; resolved by the shortest path to {resolution.path}"
                f" (also: {', '.join(candidates[1:4])})"
            )
            here.append(rules.check_ambiguous.finding(source, link.line, link.column, message, key=link.target))
        if target is not None and (link.heading or link.block) and target in notes:
            headings, blocks, _ = notes[target]
            into = _Target(target, headings, blocks)
            if link.heading and not anchors.heading_exists(cast(Note, into), link.heading):
                message = f"{rules._shown(r)}: {target} has no heading {link.heading!r}"
                f = rules.check_heading.finding(source, link.line, link.column, message, key=f"{link.target}#{link.heading}")
                here.append(rules._with(f, r, anchor_fix(r, into)))
            if link.block and not anchors.block_exists(cast(Note, into), link.block):
                message = f"{rules._shown(r)}: {target} has no block ^{link.block}"
                f = rules.check_block.finding(source, link.line, link.column, message, key=f"{link.target}#^{link.block}")
                here.append(rules._with(f, r, anchor_fix(r, into)))
        if target is not None and target != source:
            linked.add(target)
        if here:
            found.extend(keep(here, supp, config))
    by_fold: dict[str, list[str]] = defaultdict(list)
    for path in sorted(notes):
        supp = notes[path][2]
        by_fold[fold(path)].append(path)
        if path not in linked:
            orphan = rules.check_orphans.finding(path, 1, 1, "orphan: no other note links to this note", key="orphan")
            found.extend(keep([orphan], supp, config))
    for paths in by_fold.values():
        for path in paths[1:]:
            message = f"{path} and {paths[0]} differ only in case or Unicode form"
            f = rules.check_case_collision.finding(path, 1, 1, message, key=fold(path))
            found.extend(keep([f], notes[path][2], config))
    return LinkOut(found, needs)


linkform_fix = Any


def _alias_only(rules: Any, r: ResolvedLink, owners: list[str]) -> list[Finding]:
    real = owners[0].rsplit("/", 1)[-1][:-3]
    found = rules.check_alias_only.finding(
        r.source,
        r.link.line,
        r.link.column,
        f"{rules._shown(r)} names an alias of {owners[0]}; Obsidian does not resolve aliases: write [[{real}|{r.link.target}]]",
        key=r.link.target,
    )
    if r.link.kind == "wikilink" and r.link.alias is None:
        fixed = r.link.raw.replace(r.link.target, f"{real}|{r.link.target}", 1) if r.link.raw.endswith("]]") else ""
        found = replace(found, suggestion=fixed, suggested_path=owners[0], span=len(r.link.raw)) if fixed else found
    return [found]


# Per worker process: the suggester over every name of the vault, built once per run.
_NAMES: dict[str, Any] = {}


def suggest_links(
    config: Config, run: str, needs: Sequence[tuple[ResolvedLink, str, tuple[Suppression, ...]]],
    note_parts: Sequence[Sequence[str]], file_parts: Sequence[Sequence[str]],
) -> list[Finding]:
    """VK301 and VK306 findings with their "did you mean", which looks at every name (typos)."""
    from vaultkit import linkform, suggest
    from vaultkit.rules import links as rules

    if not needs:
        return []
    if _NAMES.get("run") != run:
        notes = sorted(p for part in note_parts for p in part)
        files = sorted({p for part in file_parts for p in part})
        _NAMES.clear()
        _NAMES.update(run=run, suggester=suggest.Suggester(notes, files), resolver=Resolver(notes, files))
    suggester, resolver = _NAMES["suggester"], _NAMES["resolver"]
    out: list[Finding] = []
    for r, kind, supp in needs:
        fix = None
        hit = suggester.target(r.link.target, r.source)
        if hit is not None:
            text = linkform.rewrite(r.link, linkform.target_text(hit.path, r.link, r.source, resolver))
            from vaultkit.links import Fix

            fix = Fix(text, hit.path, hit.kind) if text else None
        if kind == "broken":
            what = "embed" if r.link.embed else "link"
            message = f"broken {what}: no note or file matches {rules._shown(r)}"
            f = rules.check_broken.finding(r.source, r.link.line, r.link.column, message, key=r.link.target)
        else:
            bad = "".join(sorted(IMPOSSIBLE_IN_NAMES.intersection(r.link.target.rsplit("/", 1)[-1])))
            message = f"{rules._shown(r)} can never resolve: file names cannot contain {bad!r}"
            f = rules.check_impossible.finding(r.source, r.link.line, r.link.column, message, key=r.link.target)
        out.extend(keep([rules._with(f, r, fix)], supp, config))
    return out


# --- 3. claims across notes (VK405) ------------------------------------------------------------------


def reduce_claims(config: Config, parts: Sequence[Sequence[Any]]) -> list[Finding]:
    from vaultkit.rules.claims import check_across_notes

    by_key: dict[str, list[tuple[str, int, Any, tuple[Suppression, ...]]]] = defaultdict(list)
    for part in parts:
        for key, path, i, claim, supp in part:
            by_key[key].append((path, i, claim, supp))
    out: list[Finding] = []
    for key, group in by_key.items():
        group.sort(key=lambda x: (x[0], x[1]))  # the local engine's order: notes by path, claims in order
        if len({p for p, *_ in group}) < 2:
            continue
        base_path, _, base, _ = group[0]
        for path, _, c, supp in group[1:]:
            if path != base_path and abs(c.value - base.value) > 0.05 * base.value:
                message = f"{c.span[:50]!r} disagrees with {base_path}:{base.line} ({base.span[:50]!r})"
                out.extend(keep([check_across_notes.finding(path, c.line, c.column, message, key=key)], supp, config))
    return out


# --- 4. duplicates: candidates by key, verified per connected group ---------------------------------


@dataclass(frozen=True)
class DupeRecord:
    path: str
    exact: str  # the exact-layer key (representatives: one per distinct body)
    sample: int = 0  # containment sample size (sample-hash records)


def _bands(kind: str, signature: bytes, threshold: float, num_perm: int) -> list[int]:
    """The LSH band keys lexical.jaccard_candidate_rows files this signature under, each as a
    64-bit int (the band's number and values hashed: a collision only adds a candidate pair,
    which verification removes, as in the local run)."""
    import hashlib

    from vaultkit.dedup import lexical

    if (threshold, num_perm) not in lexical._PARAMS:
        lexical._PARAMS[(threshold, num_perm)] = lexical.lsh_params(threshold, num_perm)
    bands, rows = lexical._PARAMS[(threshold, num_perm)]
    width = rows * 4  # uint32 values
    out = []
    for b in range(bands):
        digest = hashlib.blake2b(f"{kind}{b}:".encode() + signature[b * width : (b + 1) * width], digest_size=8).digest()
        out.append(int.from_bytes(digest, "little"))
    return out


KINDS = ("x", "j", "s", "t")  # exact key, MinHash band (shingles), containment sample hash, band (words)


def _key64(text: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def _add_dupe_keys(out: ChunkOut, note: Note, buckets: int) -> None:
    """The keys under which a note meets its duplicate candidates: its exact key (hashed to 64
    bits), its MinHash band keys (shingles, and words for the alignment of short notes), its
    containment sample hashes. Each is a row of four ints (bucket, kind, key, record index), ~67
    a short note, packed into arrays per bucket at the end of the map (tuples of objects made the
    shuffle slow: pickled one by one, and unpickled one by one where they land); the note's record
    (path, exact key, sample size, words) is kept once."""
    from array import array

    import numpy as np

    from vaultkit.dedup import features, lexical

    f = note.dedup
    if not isinstance(f, features.NoteFeatures) or not f.key:
        return
    sample = np.frombuffer(f.sample, dtype=np.uint64).tolist() if f.signature else []
    rows: list[tuple[int, int, int]] = [(stable_bucket(f.key, buckets), 0, _key64(f.key))]  # (bucket, kind, key)
    if f.signature:
        rows.extend((k % buckets, 1, k) for k in _bands("j", f.signature, lexical.LSH_JACCARD, f.num_perm))
        rows.extend((h % buckets, 2, h) for h in sample)
    if f.tokens:
        rows.extend((k % buckets, 3, k) for k in _bands("t", f.tokens, lexical.ALIGN_LSH, features.TOKEN_PERM))
    if out.dupe_rows is None:
        out.dupe_rows = tuple(array("Q") for _ in range(4))
    columns = out.dupe_rows
    rec = len(out.dupe_records)
    out.dupe_records.append((note.path, f.key, len(sample), f.words if f.tokens else 0))
    for bucket, kind, key in rows:
        columns[0].append(bucket)
        columns[1].append(kind)
        columns[2].append(key)
        columns[3].append(rec)


@dataclass
class DupeKeys:
    """One map's duplicate keys of one bucket: parallel arrays and the records they name."""

    kinds: Any  # uint8
    keys: Any  # uint64
    records: Any  # uint32: rows of `table`
    table: list[tuple[str, str, int, int]]  # (path, exact key, sample size, words)


def _pack_dupe_keys(out: ChunkOut) -> None:
    import numpy as np

    buckets, kinds, keys, recs = (np.frombuffer(c, dtype=np.uint64) for c in out.dupe_rows)
    out.dupe_rows = None
    for bucket in np.unique(buckets).tolist():
        mine = buckets == bucket
        used, local = np.unique(recs[mine], return_inverse=True)
        table = [out.dupe_records[i] for i in used.tolist()]
        packed = DupeKeys(kinds[mine].astype(np.uint8), keys[mine].copy(), local.astype(np.uint32).reshape(-1), table)
        out.buckets.setdefault("dupes", {})[int(bucket)] = packed  # type: ignore[assignment]
    out.dupe_records = []


@dataclass
class DupeOut:
    pairs: list[tuple[str, str]]  # candidate pairs (paths)
    shared: dict[int, list[tuple[str, str, int, int]]]  # sample-hash pairs, by pair bucket, for counting


def reduce_dupe_keys(config: Config, parts: Sequence[Sequence[Any]], pair_buckets: int) -> DupeOut:
    """Candidate pairs of one bucket of keys. A band bucket or sample hash shared by more than
    lexical's MAX_BUCKET / MAX_POSTING distinct bodies is boilerplate and makes no pairs, as in
    the local run; identical bodies meet through the exact key."""
    import numpy as np

    from vaultkit.dedup import lexical
    from vaultkit.dedup.options import DedupOptions

    opts = DedupOptions.from_config(config)
    packs = [p for p in parts if isinstance(p, DupeKeys)]
    pairs: list[tuple[str, str]] = []
    shared: dict[int, list[tuple[str, str, int, int]]] = defaultdict(list)
    if not packs:
        return DupeOut(pairs, {})
    table: list[tuple[str, str, int, int]] = []
    offsets = []
    for p in packs:
        offsets.append(len(table))
        table.extend(p.table)
    kinds = np.concatenate([p.kinds for p in packs])
    keys = np.concatenate([p.keys for p in packs])
    recs = np.concatenate([p.records.astype(np.int64) + off for p, off in zip(packs, offsets, strict=True)])
    del packs
    order = np.lexsort((recs, keys, kinds))
    kinds, keys, recs = kinds[order], keys[order], recs[order]
    starts = np.flatnonzero(np.r_[True, (kinds[1:] != kinds[:-1]) | (keys[1:] != keys[:-1])])
    ends = np.r_[starts[1:], len(kinds)]
    many = np.flatnonzero(ends - starts >= 2)
    for g in many.tolist():
        kind = KINDS[int(kinds[starts[g]])]
        members = []
        for r in recs[starts[g] : ends[g]].tolist():
            path, exact, sample, words = table[r]
            members.append(DupeRecord(path, exact, sample if kind == "s" else words if kind == "t" else 0))
        members.sort(key=lambda r: r.path)
        if kind == "x":
            pairs.extend((members[0].path, m.path) for m in members[1:])
            continue
        reps: dict[str, DupeRecord] = {}
        for m in members:
            reps.setdefault(m.exact, m)
        if kind == "t":
            reps = {k: m for k, m in reps.items() if m.sample <= opts.align_max_words}
        limit = lexical.MAX_POSTING if kind == "s" else lexical.MAX_BUCKET
        if not 2 <= len(reps) <= limit:
            continue
        chosen = sorted(reps.values(), key=lambda r: r.path)
        for i, a in enumerate(chosen):
            for b in chosen[i + 1 :]:
                if kind == "s":
                    shared[stable_bucket(f"{a.path}\x00{b.path}", pair_buckets)].append((a.path, b.path, a.sample, b.sample))
                else:
                    pairs.append((a.path, b.path))
    return DupeOut(pairs, dict(shared))


def count_sample_pairs(parts: Sequence[Sequence[tuple[str, str, int, int]]]) -> list[tuple[str, str]]:
    """Containment candidates: pairs sharing at least SAMPLE_SHARE of the smaller sample."""
    from vaultkit.dedup import lexical

    counts: dict[tuple[str, str], list[int]] = {}
    for part in parts:
        for a, b, la, lb in part:
            entry = counts.get((a, b))
            if entry is None:
                counts[(a, b)] = [1, min(la, lb)]
            else:
                entry[0] += 1
    return [pair for pair, (n, smaller) in counts.items() if n >= max(lexical.SAMPLE_SHARE * smaller, 1)]


def verify_component(
    root: str,
    paths: Sequence[str],
    config: Config,
    line_parts: Sequence[Mapping[int, frozenset[int]]] = (),
    unfilled_parts: Sequence[Sequence[str]] | None = None,
) -> list[Finding]:
    """The duplicate findings (VK501-VK503; VK504, VK505 with the semantic layer's pairs) among
    one connected group of candidate notes: the notes parsed again here from the shared file
    system, then the local duplicate layers, with the vault's template lines."""
    vault_lines, unfilled = _merged(line_parts, unfilled_parts)
    return _verify_group(root, paths, config, vault_lines, unfilled)


def _merged(
    line_parts: Sequence[Mapping[int, frozenset[int]]], unfilled_parts: Sequence[Sequence[str]] | None
) -> tuple[dict[int, frozenset[int]] | None, set[str] | None]:
    """The vault-wide template lines (per word limit) and unfilled notes, from their buckets."""
    lines: dict[int, set[int]] = defaultdict(set)
    for part in line_parts:
        for limit, hashes in part.items():
            lines[limit].update(hashes)
    vault_lines = {limit: frozenset(hashes) for limit, hashes in lines.items()} if line_parts else None
    unfilled = None if unfilled_parts is None else {p for part in unfilled_parts for p in part}
    return vault_lines, unfilled


def _verify_group(
    root: str, paths: Sequence[str], config: Config, vault_lines: dict[int, frozenset[int]] | None, unfilled: set[str] | None,
    semantic_pairs: Any = None,
) -> list[Finding]:
    from vaultkit.dedup import find_duplicates
    from vaultkit.dedup.results import describe_cluster, describe_pair
    from vaultkit.engine.load import note_config, read_notes
    from vaultkit.engine.parse import parse_note
    from vaultkit.rules import dupes

    parse_config = note_config(config)
    notes: list[Note] = []
    for rel, data in read_notes(Path(root), sorted(paths)):
        if isinstance(data, bytes):
            note = parse_note(rel, data, parse_config).note
            if note is not None:
                notes.append(note)
    # A component is a few notes of the vault: the vault-wide template lines and unfilled notes.
    # With the semantic layer, the vault's pairs among these notes (a search over every note).
    result = find_duplicates(
        notes, config, layers=("exact", "lexical") if semantic_pairs is None else ("exact", "lexical", "semantic"),
        root=Path(root), vault_template_lines=vault_lines, vault_unfilled=unfilled, semantic_pairs=semantic_pairs,
    )
    kinds: tuple[Any, ...] = (dupes.DUPLICATE_EXACT, dupes.DUPLICATE_NEAR, dupes.DUPLICATE_CONTAINED)
    if semantic_pairs is not None:
        kinds += (dupes.DUPLICATE_SEMANTIC, dupes.DUPLICATE_TRANSLATION)
    rules = {r.id: r for r in kinds}
    supp = {n.path: n.suppressions for n in notes}
    out: list[Finding] = []
    for pair in result.pairs:
        rule = rules.get(dupes._KIND_RULE.get(pair.kind, ""))
        if rule is None:
            continue
        path = pair.a if pair.kind == "contained" else pair.b
        other = pair.b if pair.kind == "contained" else pair.a
        f = rule.finding(path, 1, 1, describe_pair(pair), key=f"{pair.kind}:{other}")
        out.extend(keep([f], supp.get(path, ()), config))
    for cluster in result.clusters:
        rule = rules.get(dupes._KIND_RULE.get(cluster.kind, ""))
        if rule is not None:
            path = cluster.paths[0]
            f = rule.finding(path, 1, 1, describe_cluster(cluster), key="cluster:" + "|".join(cluster.paths))
            out.extend(keep([f], supp.get(path, ()), config))
    return out


@dataclass
class Groups:
    """The connected groups of candidate pairs, dealt into batches (largest groups first, round
    robin, so batches are alike), and how many pairs made them."""

    pairs: int
    groups: int
    batches: list[list[list[str]]]


def group_components(pair_parts: Sequence[Sequence[tuple[str, str]]], batches: int) -> Groups:
    """The candidate pairs of every bucket joined into connected groups (components), on a worker."""
    pairs = [pair for part in pair_parts for pair in part]
    groups = components(pairs)
    dealt: list[list[list[str]]] = [[] for _ in range(max(1, batches))]
    for i, g in enumerate(groups):
        dealt[i % len(dealt)].append(g)
    return Groups(len(pairs), len(groups), dealt)


def batch_of(groups: Groups, k: int) -> list[list[str]]:
    return groups.batches[k] if k < len(groups.batches) else []


def group_counts(groups: Groups) -> tuple[int, int]:
    return groups.pairs, groups.groups


def verify_batch(
    root: str,
    batch: Sequence[Sequence[str]],
    config: Config,
    line_parts: Sequence[Mapping[int, frozenset[int]]] = (),
    unfilled_parts: Sequence[Sequence[str]] | None = None,
    semantic_parts: Sequence[Any] | None = None,
) -> list[Finding]:
    """verify_component on each group of a batch; the vault's template lines merged once, and
    the vault's semantic pairs (cluster.semantic's mutual buckets), when given, split by group."""
    if not batch:
        return []
    vault_lines, unfilled = _merged(line_parts, unfilled_parts)
    given: list[Any] = [None] * len(batch)
    if semantic_parts is not None:
        from vaultkit.cluster import semantic

        given = semantic.by_component(semantic.given_pairs(semantic_parts), batch)
    out: list[Finding] = []
    for paths, pairs in zip(batch, given, strict=True):
        out.extend(_verify_group(root, paths, config, vault_lines, unfilled, pairs))
    return out


def pick(out: ChunkOut | DupeOut, kind: str, bucket: int) -> list[Any]:
    """One bucket of one map (or reduce) output: what a reduce task fetches from each."""
    if isinstance(out, DupeOut):
        return out.shared.get(bucket, [])
    return out.buckets.get(kind, {}).get(bucket, [])


def findings_of(out: ChunkOut | LinkOut) -> list[Finding]:
    return out.findings


def notes_parsed(out: ChunkOut) -> int:
    return len(out.notes)


def names_of(out: ChunkOut, which: str) -> list[str]:
    return out.notes if which == "notes" else out.files


def needs_of(out: LinkOut) -> list[tuple[ResolvedLink, str, tuple[Suppression, ...]]]:
    return out.needs


def pairs_of(out: DupeOut) -> list[tuple[str, str]]:
    return out.pairs


def components(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected groups of candidate pairs (union-find), each sorted, largest first."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = x = parent[parent[x]]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[root(x)].append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g[0]))


def enabled_steps(config: Config) -> Mapping[str, bool]:
    """Which distributed steps this configuration needs."""
    from vaultkit.rules import RULES

    def on(*ids: str) -> bool:
        return any(RULES[i].enabled(config) for i in ids if i in RULES)

    semantic = on("VK504", "VK505")
    return {
        "links": on("VK301", "VK302", "VK303", "VK304", "VK305", "VK306", "VK307", "VK308", "VK309"),
        "claims": on("VK405"),
        # The semantic layer's pairs are judged with the other layers' (cluster.semantic).
        "dupes": semantic or on("VK501", "VK502", "VK503", "VK506"),
        "semantic": semantic,
    }
