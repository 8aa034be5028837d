"""`report.html`: one self-contained page (no network: inline CSS, JS and SVG only).

Every piece of note text goes through html.escape. The page carries no data inside
<script>: the tables are rendered here and the script only sorts and filters them. A
Content-Security-Policy allows nothing but this page's own stylesheet and script (pinned by
hash), so even text that escaped escaping could neither run nor fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from html import escape

from vaultkit.model import Severity
from vaultkit.report.model import SEVERITIES, VAULT_SCOPE, Report
from vaultkit.report.svg import bar_chart, graph_svg

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
@media (prefers-color-scheme:dark){:root{--bg:#14161b;--fg:#e3e6ec;--muted:#9aa3b2;--line:#2c313b;--card:#1b1e25}
th{background:#232731}.n-note,.n-file{stroke:#1b1e25}.n-broken{fill:#1b1e25}}
"""

# Sort a table by the clicked header (again: the other way); filter rows by typed text.
SCRIPT = """
(function () {
  "use strict";
  function cellKey(row, i, numeric) {
    var cell = row.cells[i];
    var raw = cell ? (cell.getAttribute("data-sort") || cell.textContent) : "";
    if (!numeric) { return raw.trim().toLowerCase(); }
    var n = parseFloat(raw);
    return isNaN(n) ? -Infinity : n;
  }
  function sortBy(th) {
    var table = th.closest("table");
    var body = table.tBodies[0];
    var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var numeric = th.classList.contains("num");
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    var rows = Array.prototype.slice.call(body.rows).map(function (row, n) {
      return { row: row, key: cellKey(row, index, numeric), n: n };
    });
    rows.sort(function (a, b) {
      if (a.key < b.key) { return -dir; }
      if (a.key > b.key) { return dir; }
      return a.n - b.n;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
    Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
  }
  document.querySelectorAll("table.sortable thead th").forEach(function (th) {
    th.tabIndex = 0;
    th.addEventListener("click", function () { sortBy(th); });
    th.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(th); }
    });
  });
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    var counter = document.getElementById(input.getAttribute("data-filter") + "-count");
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var keep = words.every(function (w) { return text.indexOf(w) !== -1; });
        row.hidden = !keep;
        if (keep) { shown += 1; }
      });
      if (counter) { counter.textContent = shown + " of " + table.tBodies[0].rows.length; }
    });
  });
})();
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = (
    f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'"
)


def e(value: object) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    return escape(str(value), quote=True)


def _table(table_id: str, headers: Sequence[tuple[str, bool]], rows: Iterable[str], *, filter_label: str | None = None) -> str:
    """A sortable table; `headers` are (title, numeric). `rows` are ready <tr> strings."""
    body = list(rows)
    if not body:
        return '<p class="muted">None.</p>'
    num = ' class="num"'
    head = "".join(f'<th scope="col"{num if numeric else ""}>{e(title)}</th>' for title, numeric in headers)
    toolbar = ""
    if filter_label:
        toolbar = (
            f'<div class="toolbar"><input type="search" data-filter="{table_id}" placeholder="{e(filter_label)}" '
            f'aria-label="{e(filter_label)}"><span class="count" id="{table_id}-count">{len(body)} of {len(body)}</span></div>'
        )
    rows_html = "\n".join(body)  # a row a line: small diffs when a committed report changes
    table = f'<table class="sortable" id="{table_id}"><thead><tr>{head}</tr></thead>'
    return f"{toolbar}{table}<tbody>\n{rows_html}\n</tbody></table>"


def _td(value: object, *, num: bool = False, sort: object | None = None, cls: str = "", html: str | None = None) -> str:
    """A cell holding `value` escaped (or `html`, already built from escaped parts)."""
    classes = " ".join(c for c in ("num" if num else "", cls) if c)
    attrs = (f' class="{classes}"' if classes else "") + (f' data-sort="{e(sort)}"' if sort is not None else "")
    return f"<td{attrs}>{e(value) if html is None else html}</td>"


def message_html(text: str) -> str:
    """A message with its `quoted` parts as <code>; every part escaped."""
    parts = re.split(r"`([^`\n]+)`", text)
    return "".join(f"<code>{e(p)}</code>" if i % 2 else e(p) for i, p in enumerate(parts))


def _sev(severity: Severity) -> str:
    return f'<td data-sort="{int(severity)}"><span class="sev sev-{severity}">{severity}</span></td>'


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
    card_html = "".join(f'<div class="card {cls}"><b>{e(v)}</b><span>{e(label)}</span></div>' for cls, v, label in cards)
    nav = "".join(
        f'<a href="#{anchor}">{title}</a>'
        for anchor, title in (
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
        f'<div class="cards">{card_html}</div></header>'
    )


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


def _graph_section(report: Report) -> str:
    picture = report.picture
    stats = report.graph_stats
    legend = "".join(f"<li>{icon}{e(text)}</li>" for icon, text in _LEGEND)
    caption = (
        f"{stats['notes']} notes, {stats['links']} links ({stats['broken']} broken), {len(report.orphans)} orphans, "
        f"{stats['components']} connected group(s). Hover a node for its path."
    )
    if picture.capped:
        caption += (
            f" Showing {len(picture.nodes)} of {picture.total_nodes} nodes: the most connected, and the missing targets"
            " most linked to."
        )
    broken_rows = (
        f"<tr>{_td(b.target, cls='mono')}{_td(', '.join(b.sources))}{_td('yes' if b.impossible else 'no')}</tr>"
        for b in report.broken
    )
    orphans = "\n".join(f"<li>{e(path)}</li>" for path in report.orphans) or '<li class="muted">none</li>'
    return (
        f'<section id="graph"><h2>Link graph</h2><div class="panel">{graph_svg(picture)}'
        f'<ul class="legend">{legend}</ul><p class="muted">{e(caption)}</p></div>'
        f"<h3>Broken targets</h3>"
        + _table("broken-table", (("Target", False), ("Linked from", False), ("Impossible name", False)), broken_rows)
        + f'<h3>Orphan notes</h3><ul class="plain">{orphans}</ul></section>'
    )


def _charts_section(report: Report) -> str:
    if not report.findings:
        return '<section id="charts"><h2>Charts</h2><p class="muted">No findings.</p></section>'
    shown = {"/": "vault root", ".": "whole vault"}
    by_folder = tuple(replace(t, label=shown.get(t.label, t.label)) for t in report.by_folder)
    return (
        '<section id="charts"><h2>Charts</h2><div class="charts">'
        f'<div class="panel"><h3>Findings by rule</h3>{bar_chart(report.by_rule, "Findings by rule")}</div>'
        f'<div class="panel"><h3>Findings by folder</h3>{bar_chart(by_folder, "Findings by folder", label_width=200)}</div>'
        '</div><ul class="legend"><li><span class="sev sev-error">error</span></li>'
        '<li><span class="sev sev-warning">warning</span></li>'
        '<li><span class="sev sev-info">info</span></li></ul></section>'
    )


def _findings_section(report: Report) -> str:
    rows = []
    for item in report.findings:
        f = item.finding
        where = "whole vault" if f.path == VAULT_SCOPE else f.path
        heading = " › ".join(item.headings)
        rows.append(
            f"<tr>{_td(where)}{_td(f.line, num=True)}{_td(heading, cls='muted')}{_td(f.rule, cls='mono')}"
            f"{_td(f.name)}{_sev(f.severity)}{_td(f.message, html=message_html(f.message))}</tr>"
        )
    headers = (
        ("Note", False),
        ("Line", True),
        ("Section", False),
        ("Rule", False),
        ("Name", False),
        ("Severity", True),
        ("Message", False),
    )
    return (
        '<section id="findings"><h2>Findings</h2>'
        + _table("findings-table", headers, rows, filter_label="Filter findings")
        + "</section>"
    )


def _notes_section(report: Report) -> str:
    rows = []
    for row in report.notes:
        counts = [row.counts.get(s, 0) for s in SEVERITIES]
        rows.append(
            f"<tr>{_td(row.path)}{_td(row.title)}"
            + "".join(_td(n or "", num=True, sort=n) for n in counts)
            + f"{_td(row.links_out, num=True)}{_td(row.links_in, num=True)}{_td(row.claims, num=True)}</tr>"
        )
    headers = (
        ("Note", False),
        ("First heading", False),
        ("Errors", True),
        ("Warnings", True),
        ("Infos", True),
        ("Links out", True),
        ("Links in", True),
        ("Claims", True),
    )
    return '<section id="notes"><h2>Notes</h2>' + _table("notes-table", headers, rows, filter_label="Filter notes") + "</section>"


def _verdict_class(group: str) -> str:
    return {"wrong": "v-wrong", "unit confusion GB↔GiB": "v-unit", "holds": "v-holds"}.get(group, "v-other")


def _claims_section(report: Report) -> str:
    rows = []
    for row in report.claims:
        c = row.claim
        recomputation = "; ".join(x for x in (c.recomputed, c.explanation) if x)
        if c.repairs:
            recomputation += f" (read after repairing: {'; '.join(c.repairs)})"
        rows.append(
            f"<tr>{_td(row.path)}{_td(c.line, num=True)}{_td(c.span, cls='mono')}{_td(c.shape)}"
            f"{_td(c.verdict.value, cls=_verdict_class(c.verdict.group))}{_td(recomputation)}</tr>"
        )
    groups = ", ".join(f"{n} {g}" for g, n in report.claim_groups().items())
    headers = (("Note", False), ("Line", True), ("Claim", False), ("Shape", False), ("Verdict", False), ("Recomputation", False))
    summary = f'<p class="muted">{e(groups)}</p>' if groups else ""
    return (
        '<section id="claims"><h2>Sizing claims</h2>'
        + summary
        + _table("claims-table", headers, rows, filter_label="Filter claims")
        + "</section>"
    )


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


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
    rows = []
    for cluster_no, pairs in [(0, result.pairs), *((i + 1, c.pairs) for i, c in enumerate(result.clusters))]:
        for p in pairs:
            differs = p.difference.describe(p.a, p.b) if p.difference else ""
            if p.linked:
                differs = (differs + "; " if differs else "") + "the two link to each other"
            differs_html = message_html(differs)
            rows.append(
                f"<tr>{_td(p.a)}{_td(p.b)}{_td(kinds[p.kind], sort=p.kind)}{_td(cluster_no or '', num=True)}"
                f"{_td(f'{p.score:.2f}', num=True)}{_td(_score(p.jaccard), num=True)}{_td(_score(p.containment), num=True)}"
                f"{_td(_score(p.cosine), num=True)}{_td(differs, html=differs_html)}</tr>"
            )
    headers = (
        ("Original (a)", False),
        ("Copy (b)", False),
        ("Kind", False),
        ("Cluster", True),
        ("Score", True),
        ("Jaccard", True),
        ("Containment", True),
        ("Cosine", True),
        ("What differs", False),
    )
    clusters = "".join(
        f"<li>Cluster {i + 1} ({e(kinds[c.kind])}): {e(', '.join(c.paths))}</li>" for i, c in enumerate(result.clusters)
    )
    layers = f'<p class="muted">Layers run: {e(", ".join(result.layers))}.</p>'
    return (
        head
        + layers
        + note
        + (f'<ul class="plain">{clusters}</ul>' if clusters else "")
        + _table("duplicates-table", headers, rows)
        + "</section>"
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
                _graph_section(report),
                _charts_section(report),
                _findings_section(report),
                _notes_section(report),
                _claims_section(report),
                _duplicates_section(report),
                f"</main><script>{SCRIPT}</script></body></html>\n",
            )
        )
    )
