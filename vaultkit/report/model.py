"""What a report shows, gathered once and rendered by each format module."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vaultkit.model import Finding, Severity

if TYPE_CHECKING:
    from vaultkit.claims.model import Claim
    from vaultkit.dedup import DedupResult

SCHEMA = "vaultkit.report/1"
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
VAULT_SCOPE = "."  # the path of findings about the whole vault
_GROUP_ORDER = {"wrong": 0, "unit confusion GB↔GiB": 1, "holds": 2, "unverifiable": 3, "not a claim": 4}


@dataclass(frozen=True)
class Located:
    """A finding and where a report links it: the note it is in (None for a vault-wide
    finding or a file vaultkit could not read as a note) and the heading path of the nearest
    heading above its line (empty: the top of the note)."""

    finding: Finding
    note: str | None
    headings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tally:
    """Findings counted by severity under one label (a rule, a folder, a note)."""

    label: str
    counts: Mapping[Severity, int]
    name: str = ""  # the rule's name, for rule tallies

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, severity: Severity) -> int:
        return self.counts.get(severity, 0)


@dataclass(frozen=True)
class GraphNode:
    """A drawn node. `kind`: note, orphan (a note nothing else links to), file (an attachment),
    broken (a link target that matches nothing). `x`/`y` lie in [0, 1]."""

    id: str
    label: str
    kind: str
    x: float
    y: float
    in_links: int
    out_links: int
    weight: int = 0  # a folder node: the notes in it; a note node in a picture of problems: its findings


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    kind: str  # "link" or "embed"
    count: int
    broken: bool


@dataclass(frozen=True)
class GraphPicture:
    """The link graph as drawn: at most `limit` nodes (the most connected), laid out."""

    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    total_nodes: int
    total_edges: int
    limit: int

    @property
    def capped(self) -> bool:
        return len(self.nodes) < self.total_nodes


@dataclass(frozen=True)
class BrokenTarget:
    """A link target that matches no note or file, and the notes that link to it."""

    target: str
    sources: tuple[str, ...]
    impossible: bool  # the name holds a character no file name can have


@dataclass(frozen=True)
class NoteRow:
    """One note at a glance: its title (its first heading, else its name), its findings by
    severity, its links out and in (from other notes), its claims."""

    path: str
    title: str
    counts: Mapping[Severity, int]
    links_out: int
    links_in: int
    claims: int


@dataclass(frozen=True)
class ClaimRow:
    path: str
    claim: Claim


@dataclass(frozen=True)
class Component:
    """Connected groups of notes (links in either direction) of one size: how many there are
    and the most linked notes of the biggest of them."""

    size: int
    count: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class GraphViews:
    """Pictures and lists that answer questions at any vault size: where links break and which
    notes nothing links to (`problems`: each broken target and orphan with its neighbours, the
    most linked first), how folders link to each other (`folders`: one node a folder), the most
    linked notes (`hubs`: (path, links in)) and the connected groups (`components`)."""

    problems: GraphPicture
    folders: GraphPicture
    hubs: tuple[tuple[str, int], ...]
    components: tuple[Component, ...]


@dataclass(frozen=True)
class Fixed:
    """A finding of the previous report that this run no longer finds."""

    path: str
    rule: str
    severity: str
    message: str


@dataclass(frozen=True)
class Triage:
    """What changed since the previous report in the same folder, and what was ticked there.

    `keys[i]` is the task key of `Report.findings[i]` (its line-free fingerprint, shortened,
    with `.2`, `.3` … for further copies in one note); `states[i]` is `new` (not in the
    previous report), `open` or `accepted` (ticked in the previous report.md and its note
    unchanged since). `previous` is the previous report's generation time, None for a first
    report. `reopened` counts ticked findings whose note changed since."""

    keys: tuple[str, ...]
    states: tuple[str, ...]
    hashes: tuple[str, ...]
    fixed: tuple[Fixed, ...]
    previous: str | None
    reopened: int = 0

    def count(self, state: str) -> int:
        return sum(1 for s in self.states if s == state)


@dataclass(frozen=True)
class HistoryRow:
    """One report's totals, a row of report-history.csv."""

    generated: str
    notes: int
    findings: int
    errors: int
    warnings: int
    infos: int
    new: int
    fixed: int
    accepted: int


@dataclass(frozen=True)
class Report:
    """Everything every format shows. `generated` (ISO 8601, UTC, `…Z`) is the only field
    that changes between two runs over the same vault with the same vaultkit."""

    vault: str  # the vault folder's name: paths below are relative to it
    version: str
    generated: str
    notes_checked: int
    findings: tuple[Located, ...]
    notes: tuple[NoteRow, ...]
    by_rule: tuple[Tally, ...]
    by_folder: tuple[Tally, ...]
    graph_stats: Mapping[str, Any]
    orphans: tuple[str, ...]
    broken: tuple[BrokenTarget, ...]
    picture: GraphPicture
    claims: tuple[ClaimRow, ...]
    duplicates: DedupResult | None
    duplicates_note: str | None  # why duplicates are absent, or what the semantic layer skipped
    views: GraphViews | None = None  # vaultkit.report.views.graph_views
    triage: Triage | None = None  # vaultkit.report.triage.triage
    history: tuple[HistoryRow, ...] = ()  # earlier reports in the folder, oldest first, and this one

    def severity_count(self, severity: Severity) -> int:
        return sum(1 for x in self.findings if x.finding.severity == severity)

    def claim_groups(self) -> dict[str, int]:
        """Claims counted by verdict group (holds, wrong, unit confusion …), in that order."""
        counts: dict[str, int] = {}
        for row in self.claims:
            group = row.claim.verdict.group
            counts[group] = counts.get(group, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: (_GROUP_ORDER.get(kv[0], 9), kv[0])))

    @property
    def generated_date(self) -> str:
        """`generated` without the zone letter: the form Obsidian's date-and-time property reads."""
        return self.generated.removesuffix("Z")
