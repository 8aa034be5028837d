"""`report.json`: everything report.md and report.html show, machine-readable.

Schema `vaultkit.report/1` (a consumer checks `schema` first; fields are only ever added
within a schema version). Paths are vault-relative with `/`; `"."` is the whole vault.

    schema             "vaultkit.report/1"
    generated          "2026-01-31T12:00:00Z": UTC; the only field that differs between two
                       runs over the same vault with the same vaultkit (SOURCE_DATE_EPOCH pins it)
    vaultkit_version   "0.1.0"
    vault              the vault folder's name
    summary            {notes_checked, findings, errors, warnings, infos,
                        by_rule: [{rule, name, error, warning, info, total}],
                        by_folder: [{folder, error, warning, info, total}]}   ("/": vault root)
    findings           [{path, line, column, rule, name, severity, message, fingerprint,
                         note: bool (false for the whole vault or an unreadable file),
                         headings: [str] (the heading path the report links to; [] = top),
                         link: "[[Folder/Note#Heading|Note]]" or null}]
    notes              [{path, title, error, warning, info, links_out, links_in, claims}]: every
                       note read (title: its first heading, else its name)
    graph              {notes, links, broken, unresolved_targets, orphans, components,
                        files_linked, top_hubs: [{note, in_links}],
                        orphan_notes: [path], broken_targets: [{target, from: [path], impossible}],
                        picture: {total_nodes, total_edges, limit,
                                  nodes: [{id, label, kind: note|orphan|file|broken, x, y,
                                           in_links, out_links}]   (x, y in [0, 1]),
                                  edges: [{source, target, kind: link|embed, count, broken}]}}
    claims             {counts: {verdict group: n},
                        items: [{path, line, column, end_line, span, shape, source, stated,
                                 recomputed, verdict, explanation, repairs: [str]}]}
    duplicates         null when the duplicate rules are off, else
                       {layers, skipped, pairs: [pair], clusters: [{paths, kind, pairs: [pair]}]}
                       pair = {a, b, kind: exact|near|contained|semantic|overlap, score,
                               jaccard, containment, cosine, linked,
                               difference: {newer, newer_by, only_in_a: [{lines, heading, line}],
                                            only_in_b: [...], bytes_a, bytes_b} | null}
                       (`a` is the original, `b` the copy; for `contained`, `a` lies inside `b`;
                       `overlap` pairs are listed but are not findings)
    duplicates_note    why duplicates are absent, or what the semantic layer skipped; or null
    (added for issue 21, same schema:)
    findings[]         also {task: "4be0c1d2e3f40516" (report.md's key), state: new|open|accepted}
    graph.views        {problems: picture (broken targets and orphans with their neighbours;
                                 total_nodes: broken targets + orphans),
                        folders: picture (nodes: folders, kind "folder", weight: notes in it;
                                 edges: links between two folders, count),
                        hubs: [{note, links_in}], components: [{size, count, examples: [path]}]}
    since_last         {previous: "…Z" | null (first report), new, fixed, open, accepted, reopened,
                        fixed_items: [{path, rule, severity, message}]}
    history            [{generated, notes, findings, errors, warnings, infos, new, fixed, accepted}]:
                       this folder's reports, oldest first, this one last (report-history.csv)
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from vaultkit.report.markdown import note_link
from vaultkit.report.model import SCHEMA, SEVERITIES, GraphPicture, GraphViews, Report, Tally, Triage


def _tally(t: Tally, key: str) -> dict[str, Any]:
    row: dict[str, Any] = {key: t.label}
    if key == "rule":
        row["name"] = t.name
    row.update({str(s): t.count(s) for s in SEVERITIES})
    row["total"] = t.total
    return row


def _picture(p: GraphPicture) -> dict[str, Any]:
    return {
        "total_nodes": p.total_nodes,
        "total_edges": p.total_edges,
        "limit": p.limit,
        "nodes": [
            {
                "id": n.id,
                "label": n.label,
                "kind": n.kind,
                "x": n.x,
                "y": n.y,
                "in_links": n.in_links,
                "out_links": n.out_links,
                **({"weight": n.weight} if n.weight else {}),
            }
            for n in p.nodes
        ],
        "edges": [
            {"source": x.source, "target": x.target, "kind": x.kind, "count": x.count, "broken": x.broken} for x in p.edges
        ],
    }


def _views(v: GraphViews) -> dict[str, Any]:
    return {
        "problems": _picture(v.problems),
        "folders": _picture(v.folders),
        "hubs": [{"note": path, "links_in": n} for path, n in v.hubs],
        "components": [{"size": c.size, "count": c.count, "examples": list(c.examples)} for c in v.components],
    }


def _since(t: Triage) -> dict[str, Any]:
    return {
        "previous": t.previous,
        "new": t.count("new"),
        "fixed": len(t.fixed),
        "open": t.count("open"),
        "accepted": t.count("accepted"),
        "reopened": t.reopened,
        "fixed_items": [{"path": x.path, "rule": x.rule, "severity": x.severity, "message": x.message} for x in t.fixed],
    }


def report_dict(report: Report) -> dict[str, Any]:
    t = report.triage
    findings = [
        {
            **x.finding.to_dict(),
            "note": x.note is not None,
            "headings": list(x.headings),
            "link": note_link(x.note, x.headings) if x.note else None,
            **({"task": t.keys[i], "state": t.states[i]} if t else {}),
        }
        for i, x in enumerate(report.findings)
    ]
    dupes = report.duplicates
    duplicates = None
    if dupes is not None:
        duplicates = {
            "layers": list(dupes.layers),
            "skipped": dupes.skipped,
            "pairs": [p.to_dict() for p in dupes.pairs],
            "clusters": [c.to_dict() for c in dupes.clusters],
        }
    return {
        "schema": SCHEMA,
        "generated": report.generated,
        "vaultkit_version": report.version,
        "vault": report.vault,
        "summary": {
            "notes_checked": report.notes_checked,
            "findings": len(report.findings),
            **{f"{s}s": report.severity_count(s) for s in SEVERITIES},
            "by_rule": [_tally(t, "rule") for t in report.by_rule],
            "by_folder": [_tally(t, "folder") for t in report.by_folder],
        },
        "findings": findings,
        "notes": [
            {
                "path": n.path,
                "title": n.title,
                **{str(s): n.counts.get(s, 0) for s in SEVERITIES},
                "links_out": n.links_out,
                "links_in": n.links_in,
                "claims": n.claims,
            }
            for n in report.notes
        ],
        "graph": {
            **dict(report.graph_stats),
            "orphan_notes": list(report.orphans),
            "broken_targets": [{"target": b.target, "from": list(b.sources), "impossible": b.impossible} for b in report.broken],
            "picture": _picture(report.picture),
            **({"views": _views(report.views)} if report.views else {}),
        },
        "claims": {
            "counts": report.claim_groups(),
            "items": [{"path": row.path, **row.claim.to_dict()} for row in report.claims],
        },
        "duplicates": duplicates,
        "duplicates_note": report.duplicates_note,
        **({"since_last": _since(t)} if t else {}),
        **({"history": [asdict(row) for row in report.history]} if report.history else {}),
    }


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
