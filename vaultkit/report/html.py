"""`report.html`: one self-contained page (no network: inline CSS, JS and SVG only), usable at
10,000 notes.

The pictures (link graph views, charts, trend) are SVG drawn here, every label escaped. The
tables are not: their rows would make a big vault's page tens of megabytes, so every table's
data is embedded once, compactly, in a `<script type="application/json">` block (strings
interned in one list; above DATA_GZIP_AT bytes gzipped and base64-encoded, unpacked by the
browser's own DecompressionStream), and the page's script renders the rows on demand: the
first hundred, more on request, sorted and filtered in the page (findings by severity, rule,
folder and triage state, each option with its count). The data block is never executed and
holds no `<`, `>` or `&` (JSON escapes), so no note text can end it. The script builds every
cell with textContent, never markup.

A Content-Security-Policy allows nothing but this page's own stylesheet and script (pinned by
hash), so even text that escaped escaping could neither run nor fetch anything.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from html import escape
from typing import Any

from vaultkit.model import Severity
from vaultkit.report.model import SEVERITIES, GraphPicture, Report
from vaultkit.report.page_script import SCRIPT
from vaultkit.report.svg import bar_chart, count_bars, graph_svg, trend_chart
from vaultkit.report.views import FOLDER_LINES

CSS = """
:root{--bg:#fbfbfd;--fg:#1d2330;--muted:#5d6675;--line:#dfe3ea;--card:#fff;--accent:#4c5fd5;
--error:#d1343b;--warning:#d98a00;--info:#2f7fc1;--orphan:#e0a100;--file:#8a93a3;--note:#5b6ee1}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
header{padding:20px 32px 12px;border-bottom:1px solid var(--line);background:var(--card)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px}h3{font-size:15px;margin:18px 0 8px}
.meta{color:var(--muted);margin:0}
nav{margin-top:10px;display:flex;gap:14px;flex-wrap:wrap}nav a{color:var(--accent);text-decoration:none}
main{padding:0 32px 40px;max-width:1280px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:108px}
.card b{display:block;font-size:20px}.card span{color:var(--muted);font-size:12px}
.card.error b{color:var(--error)}.card.warning b{color:var(--warning)}.card.info b{color:var(--info)}
.panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.charts{display:flex;flex-wrap:wrap;gap:16px}.charts .panel{flex:1 1 520px}
svg{display:block;width:100%;height:auto}
svg text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--fg)}
.bar-label{text-anchor:end}.bar-count{fill:var(--muted)}
.bar-error{fill:var(--error)}.bar-warning{fill:var(--warning)}.bar-info{fill:var(--info)}
.e-link{stroke:#9aa3b5;stroke-width:1.1}.e-embed{stroke:#9aa3b5;stroke-width:1.1;stroke-dasharray:2 3}
.e-broken{stroke:var(--error);stroke-width:1.3;stroke-dasharray:5 3}
.arrowhead{fill:#9aa3b5}.arrowhead-broken{fill:var(--error)}
.n-note{fill:var(--note);stroke:#fff;stroke-width:1.5}.n-orphan{fill:var(--orphan);stroke:#8a5a00;stroke-width:2}
.n-file{fill:var(--file);stroke:#fff;stroke-width:1.5}
.n-broken{fill:#fff;stroke:var(--error);stroke-width:2;stroke-dasharray:3 2}.n-broken-x{stroke:var(--error);stroke-width:2}
.label{paint-order:stroke;stroke:var(--card);stroke-width:3px;stroke-linejoin:round}.label-broken{fill:var(--error)}
.legend{display:flex;flex-wrap:wrap;gap:8px 22px;margin:10px 0 4px;padding:0;list-style:none;color:var(--muted)}
.legend svg{display:inline-block;width:30px;height:16px;vertical-align:middle;margin-right:6px}
.toolbar{display:flex;gap:10px;align-items:center;margin:6px 0 8px}
input[type=search]{padding:5px 8px;border:1px solid var(--line);border-radius:6px;min-width:260px;font:inherit;
background:var(--card);color:var(--fg)}
.count{color:var(--muted)}
table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line)}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
th{background:#f1f3f8;cursor:pointer;user-select:none;white-space:nowrap;position:sticky;top:0}
th:focus{outline:2px solid var(--accent)}
th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.sev{display:inline-block;border-radius:4px;padding:0 6px;color:#fff;font-size:12px}
.sev-error{background:var(--error)}.sev-warning{background:var(--warning)}.sev-info{background:var(--info)}
.v-wrong,.v-unit{color:var(--error);font-weight:600}.v-holds{color:#217a3c}.v-other{color:var(--muted)}
.muted{color:var(--muted)}ul.plain{margin:4px 0;padding-left:20px}
.tabs{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px}
.tabs button,.pager button,#finding-filters button{font:inherit;border:1px solid var(--line);background:var(--card);
color:var(--fg);border-radius:6px;padding:4px 10px;cursor:pointer}
.tabs button[aria-selected=true]{background:var(--accent);border-color:var(--accent);color:#fff}
.pager{display:flex;gap:8px;margin:8px 0}
#finding-filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;margin:6px 0}
select{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--fg);
max-width:320px}
a.obs{font-size:12px;color:var(--accent);text-decoration:none;border:1px solid var(--line);border-radius:4px;padding:0 4px}
.state{font-size:12px;color:var(--muted)}.state-new{color:var(--error);font-weight:600}.state-accepted{color:#217a3c}
.n-folder{fill:var(--note);fill-opacity:.8;stroke:#fff;stroke-width:1.5}.e-folder{stroke:#9aa3b5;stroke-opacity:.55}
.bar-hub{fill:var(--note)}
.trend{max-width:760px}.trend polyline{fill:none;stroke-width:2}.grid{stroke:var(--line)}.axis{text-anchor:end}
.t-total{stroke:var(--accent)}.t-error{stroke:var(--error)}.t-accepted{stroke:#217a3c}
.t-total-dot{fill:var(--accent)}.t-error-dot{fill:var(--error)}.t-accepted-dot{fill:#217a3c}
.lg-total{color:var(--accent)}.lg-error{color:var(--error)}.lg-accepted{color:#217a3c}
svg.graph g.node{cursor:pointer}
@media (prefers-color-scheme:dark){:root{--bg:#14161b;--fg:#e3e6ec;--muted:#9aa3b2;--line:#2c313b;--card:#1b1e25}
th{background:#232731}.n-note,.n-file{stroke:#1b1e25}.n-broken{fill:#1b1e25}}
"""


DATA_GZIP_AT = 256 * 1024  # data blocks bigger than this are gzipped (a 10k-note vault: 2 MB → 0.45 MB)
FOLDER_BARS = 30  # the chart of findings by folder shows the folders with most findings


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = (
    f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'"
)


def e(value: object) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    return escape(str(value), quote=True)


def message_html(text: str) -> str:
    """A message with its `quoted` parts as <code>; every part escaped."""
    parts = re.split(r"`([^`\n]+)`", text)
    return "".join(f"<code>{e(p)}</code>" if i % 2 else e(p) for i, p in enumerate(parts))


def _static_table(table_id: str, headers: Sequence[tuple[str, bool]], rows: Iterable[Sequence[tuple[str, bool]]]) -> str:
    """A small table rendered here (the page's script sorts it): rows of (escaped html, numeric)."""
    num = ' class="num"'
    head = "".join(f'<th scope="col"{num if n else ""}>{e(t)}</th>' for t, n in headers)
    body = "\n".join("<tr>" + "".join(f"<td{num if n else ''}>{h}</td>" for h, n in row) + "</tr>" for row in rows)
    return f'<table class="sortable static" id="{table_id}"><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>'


# --- the data block -------------------------------------------------------------------------


class _Strings:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, text: str | None) -> int | None:
        if text is None:
            return None
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.index)
        return found


def _score(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def page_data(report: Report) -> dict[str, Any]:
    """Every table's rows, compactly (see page_script.js for the columns)."""
    s = _Strings()
    rules = sorted({x.finding.rule: x.finding.name for x in report.findings}.items())
    rule_no = {rule: i for i, (rule, _) in enumerate(rules)}
    t = report.triage
    state_no = {"open": 0, "new": 1, "accepted": 2}
    findings = []
    for i, item in enumerate(report.findings):
        f = item.finding
        state = state_no[t.states[i]] if t else 0
        findings.append([s(f.path), f.line, rule_no[f.rule], int(f.severity), s(f.message), s(" › ".join(item.headings)), state])
    notes = []
    for row in report.notes:
        name = row.path.rsplit("/", 1)[-1]
        name = name[:-3] if name.lower().endswith(".md") else name
        notes.append(
            [
                s(row.path),
                None if row.title == name else s(row.title),
                *(row.counts.get(x, 0) for x in SEVERITIES),
                row.links_out,
                row.links_in,
                row.claims,
            ]
        )
    out_links = {row.path: row.links_out for row in report.notes}
    claims = []
    for c_row in report.claims:
        c = c_row.claim
        recomputation = "; ".join(x for x in (c.recomputed, c.explanation) if x)
        if c.repairs:
            recomputation += f" (read after repairing: {'; '.join(c.repairs)})"
        group = {"wrong": "wrong", "unit confusion GB↔GiB": "unit", "holds": "holds"}.get(c.verdict.group, "other")
        claims.append([s(c_row.path), c.line, s(c.span), s(c.shape), s(c.verdict.value), s(group), s(recomputation)])
    dupes = []
    result = report.duplicates
    if result is not None:
        kinds = {
            "exact": "identical",
            "near": "edited copy",
            "contained": "contained",
            "semantic": "same meaning",
            "overlap": "overlap (not a finding)",
        }
        for cluster_no, pairs in [(0, result.pairs), *((i + 1, c.pairs) for i, c in enumerate(result.clusters))]:
            for p in pairs:
                differs = p.difference.describe(p.a, p.b) if p.difference else ""
                if p.linked:
                    differs = (differs + "; " if differs else "") + "the two link to each other"
                dupes.append(
                    [
                        s(p.a),
                        s(p.b),
                        s(kinds[p.kind]),
                        cluster_no,
                        _score(p.score),
                        _score(p.jaccard),
                        _score(p.containment),
                        _score(p.cosine),
                        s(differs),
                    ]
                )
    fixed = [[s(x.path), x.rule, x.severity, s(x.message)] for x in (t.fixed if t else ())]
    return {
        "v": report.vault,
        "rules": [list(r) for r in rules],
        "f": findings,
        "n": notes,
        "b": [
            [s(b.target), [s(x) for x in b.sources], int(b.impossible)]
            for b in sorted(report.broken, key=lambda b: (-len(b.sources), b.target))  # the most linked first
        ],
        "o": [[s(path), out_links.get(path, 0)] for path in report.orphans],
        "c": claims,
        "d": dupes,
        "x": fixed,
        "s": list(s.index),
    }


_JSON_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def data_block(report: Report) -> str:
    """The page's data: JSON that no text can break out of, gzipped when big."""
    from vaultkit.output import json_text  # a file name that is not UTF-8 stays escaped

    text = json_text(json.dumps(page_data(report), ensure_ascii=False, separators=(",", ":")))
    text = re.sub("[<>&\u2028\u2029]", lambda m: _JSON_UNSAFE[m.group(0)], text)
    raw = text.encode("utf-8")
    if len(raw) <= DATA_GZIP_AT:
        return f'<script type="application/json" id="vk-data">{text}</script>'
    packed = base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii")
    lines = "\n".join(packed[i : i + 4096] for i in range(0, len(packed), 4096))
    return f'<script type="application/json" id="vk-data" data-encoding="gzip-base64">\n{lines}\n</script>'


# --- sections ------------------------------------------------------------------------------


def _cards(items: Sequence[tuple[str, object, str]]) -> str:
    return "".join(f'<div class="card {cls}"><b>{e(v)}</b><span>{e(label)}</span></div>' for cls, v, label in items)


def _header(report: Report) -> str:
    stats = report.graph_stats
    cards = [
        ("", report.notes_checked, "notes checked"),
        ("error", report.severity_count(Severity.ERROR), "errors"),
        ("warning", report.severity_count(Severity.WARNING), "warnings"),
        ("info", report.severity_count(Severity.INFO), "infos"),
        ("", stats["links"], "links"),
        ("error" if stats["broken"] else "", stats["broken"], "broken links"),
        ("", len(report.orphans), "orphan notes"),
        ("", len(report.claims), "sizing claims"),
        (
            "",
            len(report.duplicates.flagged_pairs) + len(report.duplicates.clusters) if report.duplicates else "–",
            "duplicate groups",
        ),
    ]
    t = report.triage
    if t is not None and t.previous is not None:
        cards += [
            ("error" if t.count("new") else "", t.count("new"), "new since last"),
            ("", len(t.fixed), "fixed since last"),
            ("", t.count("open"), "still open"),
            ("", t.count("accepted"), "accepted"),
        ]
    nav = "".join(
        f'<a href="#{anchor}">{title}</a>'
        for anchor, title in (
            ("since", "Since last report"),
            ("graph", "Link graph"),
            ("charts", "Charts"),
            ("findings", "Findings"),
            ("notes", "Notes"),
            ("claims", "Claims"),
            ("duplicates", "Duplicates"),
        )
    )
    return (
        f"<header><h1>vaultkit report: {e(report.vault)}</h1>"
        f'<p class="meta">Generated {e(report.generated)} by vaultkit {e(report.version)}. '
        f"Paths are relative to the vault folder.</p><nav>{nav}</nav>"
        f'<div class="cards">{_cards(cards)}</div></header>'
    )


def _since_section(report: Report) -> str:
    t = report.triage
    head = '<section id="since"><h2>Since last report</h2>'
    if t is None:
        return head + '<p class="muted">No triage state (report-state.json) in this report.</p></section>'
    if t.previous is None:
        text = (
            f"First report in this folder: {len(report.findings)} finding(s), all open. Tick findings in report.md to "
            "accept them; the next report here keeps them ticked until their note changes."
        )
    else:
        text = (
            f"Since the report of {t.previous}: {t.count('new')} new, {len(t.fixed)} fixed, {t.count('open')} still open, "
            f"{t.count('accepted')} accepted (ticked in report.md, note unchanged)."
        )
        if t.reopened:
            text += f" {t.reopened} ticked finding(s) open again: their note changed."
    parts = [head, f"<p>{e(text)}</p>"]
    if len(report.history) >= 2:
        legend = (
            '<ul class="legend"><li class="lg-total">● findings</li><li class="lg-error">● errors</li>'
            '<li class="lg-accepted">● accepted</li></ul>'
        )
        parts.append(
            f'<div class="panel"><h3>Findings over time ({len(report.history)} reports)</h3>'
            f"{trend_chart(report.history)}{legend}</div>"
        )
    if t.fixed:
        parts.append('<h3>Fixed since the last report</h3><div data-table="fixed"></div>')
    parts.append("</section>")
    return "".join(parts)


_LEGEND = (
    ('<svg viewBox="0 0 30 16"><circle class="n-note" cx="15" cy="8" r="6"/></svg>', "note (bigger: more links in)"),
    (
        '<svg viewBox="0 0 30 16"><circle class="n-orphan" cx="15" cy="8" r="6"/></svg>',
        "orphan: no other note links to it (VK307)",
    ),
    ('<svg viewBox="0 0 30 16"><rect class="n-file" x="9" y="2" width="12" height="12"/></svg>', "attachment (image, PDF …)"),
    (
        '<svg viewBox="0 0 30 16"><circle class="n-broken" cx="15" cy="8" r="6"/>'
        '<path class="n-broken-x" d="M11 4L19 12M11 12L19 4"/></svg>',
        "broken target: a link names no note or file (VK301, VK306)",
    ),
    ('<svg viewBox="0 0 30 16"><line class="e-broken" x1="2" y1="8" x2="28" y2="8"/></svg>', "broken link"),
    ('<svg viewBox="0 0 30 16"><line class="e-link" x1="2" y1="8" x2="28" y2="8"/></svg>', "link"),
    ('<svg viewBox="0 0 30 16"><line class="e-embed" x1="2" y1="8" x2="28" y2="8"/></svg>', "embed"),
)


def _legend() -> str:
    return '<ul class="legend">' + "".join(f"<li>{icon}{e(text)}</li>" for icon, text in _LEGEND) + "</ul>"


def _view(name: str, title: str, body: str, shown: bool) -> str:
    return f'<div class="view" id="view-{name}"{"" if shown else " hidden"}><h3>{e(title)}</h3>{body}</div>'


def _picture_note(picture: GraphPicture, what: str) -> str:
    return f'<p class="muted">{e(what)}</p>'


def _graph_section(report: Report) -> str:
    picture = report.picture
    stats = report.graph_stats
    summary = (
        f"{stats['notes']} notes, {stats['links']} links ({stats['broken']} broken to {stats['unresolved_targets']} missing "
        f"targets), {len(report.orphans)} orphans, {stats['components']} connected group(s). Click a node to list its findings."
    )
    all_caption = "Every note, attachment and missing target."
    if picture.capped:
        all_caption = (
            f"Showing {len(picture.nodes)} of {picture.total_nodes} nodes: the most connected, and the missing targets"
            " most linked to (chosen by links, never by file order)."
        )
    views = report.views
    big = picture.capped and views is not None
    tabs = [("all", "All notes" if not picture.capped else "Most connected")]
    panels = [
        _view(
            "all",
            "Most connected notes" if picture.capped else "All notes",
            f'<div class="panel">{graph_svg(picture, "all-", "Link graph")}{_legend()}'
            f"{_picture_note(picture, all_caption)}</div>",
            not big,
        )
    ]
    if views is not None:
        p = views.problems
        broken_n = sum(1 for n in p.nodes if n.kind == "broken")
        orphan_n = sum(1 for n in p.nodes if n.kind == "orphan")
        caption = (
            f"Each missing target with the notes linking to it, each orphan with the notes it links to: {broken_n} of "
            f"{stats['unresolved_targets']} missing targets (the most linked first) and {orphan_n} of {len(report.orphans)} "
            f"orphans (those with most links out first), {len(p.nodes)} nodes. The full lists are in the tables below."
        )
        problems = (
            f'<div class="panel">{graph_svg(p, "pr-", "Broken links and orphans")}{_legend()}{_picture_note(p, caption)}</div>'
            '<h3>Missing targets</h3><div data-table="broken"></div>'
            '<h3>Orphan notes</h3><div data-table="orphans"></div>'
        )
        f = views.folders
        folder_caption = (
            f"One circle a folder (bigger: more notes); a line joins two folders linking to each other, thicker for "
            f"more links, each folder's {FOLDER_LINES} strongest drawn; {len(f.nodes)} of {f.total_nodes} folders "
            f"(the biggest), {f.total_edges} linked pairs of folders."
        )
        hubs = (
            count_bars([(path, n) for path, n in views.hubs], "Most linked notes")
            if views.hubs
            else '<p class="muted">No links.</p>'
        )
        comp_rows = [[(e(c.size), True), (e(c.count), True), (e(", ".join(c.examples)), False)] for c in views.components]
        comps = (
            '<p class="muted">Groups of notes linked to each other (in either direction), by size; a note in a group '
            "of 1 has no link to or from another note.</p>"
            + _static_table(
                "components-table",
                (("Notes in group", True), ("Groups", True), ("Most linked notes of the first", False)),
                comp_rows,
            )
        )
        tabs = [("problems", "Broken links & orphans"), ("folders", "Folders"), ("hubs", "Hubs"), ("components", "Groups"), *tabs]
        panels = [
            _view("problems", "Broken links and orphans", problems, big),
            _view(
                "folders",
                "Folders as clusters",
                f'<div class="panel">{graph_svg(f, "fo-", "Folders")}{_picture_note(f, folder_caption)}</div>',
                False,
            ),
            _view("hubs", "Most linked notes (hubs)", f'<div class="panel">{hubs}</div>', False),
            _view("components", "Connected groups", comps, False),
            *panels,
        ]
    first = "problems" if big else "all"
    buttons = "".join(
        f'<button type="button" data-view="{name}" aria-selected="{"true" if name == first else "false"}">{e(title)}</button>'
        for name, title in tabs
    )
    broken_static = (
        ""
        if views is not None
        else '<h3>Missing targets</h3><div data-table="broken"></div><h3>Orphan notes</h3><div data-table="orphans"></div>'
    )
    return (
        f'<section id="graph"><h2>Link graph</h2><p class="muted">{e(summary)}</p>'
        f'<div class="tabs" role="tablist">{buttons}</div>' + "".join(panels) + broken_static + "</section>"
    )


def _charts_section(report: Report) -> str:
    if not report.findings:
        return '<section id="charts"><h2>Charts</h2><p class="muted">No findings.</p></section>'
    shown = {"/": "vault root", ".": "whole vault"}
    folders = sorted(report.by_folder, key=lambda t: (-t.total, t.label))
    note = ""
    if len(folders) > FOLDER_BARS:
        note = (
            f'<p class="muted">The {FOLDER_BARS} folders with most findings of {len(folders)}; '
            "all are in the findings filter.</p>"
        )
        folders = folders[:FOLDER_BARS]
    by_folder = tuple(replace(t, label=shown.get(t.label, t.label)) for t in folders)
    return (
        '<section id="charts"><h2>Charts</h2><div class="charts">'
        f'<div class="panel"><h3>Findings by rule</h3>{bar_chart(report.by_rule, "Findings by rule")}</div>'
        f'<div class="panel"><h3>Findings by folder</h3>{bar_chart(by_folder, "Findings by folder", label_width=200)}{note}</div>'
        '</div><ul class="legend"><li><span class="sev sev-error">error</span></li>'
        '<li><span class="sev sev-warning">warning</span></li>'
        '<li><span class="sev sev-info">info</span></li></ul></section>'
    )


def _claims_summary(report: Report) -> str:
    groups = ", ".join(f"{n} {g}" for g, n in report.claim_groups().items())
    return f'<p class="muted">{e(groups)}</p>' if groups else ""


def _duplicates_section(report: Report) -> str:
    result = report.duplicates
    head = '<section id="duplicates"><h2>Duplicates</h2>'
    note = f'<p class="muted">{e(report.duplicates_note)}</p>' if report.duplicates_note else ""
    if result is None:
        return head + note + "</section>"
    kinds = {
        "exact": "identical",
        "near": "edited copy",
        "contained": "contained",
        "semantic": "same meaning",
        "overlap": "overlap (not a finding)",
    }
    clusters = "".join(
        f"<li>Cluster {i + 1} ({e(kinds[c.kind])}): {e(', '.join(c.paths))}</li>" for i, c in enumerate(result.clusters)
    )
    layers = f'<p class="muted">Layers run: {e(", ".join(result.layers))}.</p>'
    return (
        head
        + layers
        + note
        + (f'<ul class="plain">{clusters}</ul>' if clusters else "")
        + '<div data-table="duplicates"></div></section>'
    )


def render_html(report: Report) -> str:
    """The whole page; the same report always gives the same bytes."""
    title = f"vaultkit report: {report.vault}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'  # a constant without quotes
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="vaultkit {e(report.version)}">'
        f"<title>{e(title)}</title><style>{CSS}</style></head><body>"
        + "\n".join(
            (
                _header(report),
                "<main>",
                _since_section(report),
                _graph_section(report),
                _charts_section(report),
                '<section id="findings"><h2>Findings</h2><div id="finding-filters" class="toolbar"></div>'
                '<div data-table="findings"></div></section>',
                '<section id="notes"><h2>Notes</h2><div data-table="notes"></div></section>',
                f'<section id="claims"><h2>Sizing claims</h2>{_claims_summary(report)}<div data-table="claims"></div></section>',
                _duplicates_section(report),
                "</main>",
                data_block(report),
                f"<script>{SCRIPT}</script></body></html>\n",
            )
        )
    )
