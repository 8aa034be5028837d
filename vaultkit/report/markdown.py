"""`report.md`: a note to read inside Obsidian, at 20 notes or 10,000.

Front-matter properties (Dataview/Bases can query them); what changed since the previous
report in this folder (new, fixed, still open, accepted); summary tables by rule and by folder;
then the findings grouped by rule, one heading a rule, and within a rule by folder, one
collapsed callout a folder (`> [!warning]- Research: 3 warnings`), so a big vault's report
opens as a short outline. Each finding is a task:
`> - [ ] [[Folder/Note#Nearest heading|Note]] — L42: message (VK301) %% vk:4be0c1d2e3f40516 %%`.
The trailing Obsidian comment (invisible in reading view) is the finding's line-free key: tick
the task and the next report keeps it ticked, as accepted, until its note changes
(vaultkit.report.triage). Links are path-qualified (two notes may share a name) and go to the
nearest heading above the finding, since Obsidian has no line anchors. With `inert_links` every
link sits in a code span, so the report creates no backlinks and does not un-orphan the notes it
lists.

Note text (messages, paths, headings, link targets) is escaped so that it cannot become a
link, a tag, a comment, math or HTML in the report: vaultkit's own scanner finds in the report
only the finding links and the `vaultkit/report` tag. Control characters in it (newlines, ESC,
BEL, C1, bidi overrides) are shown as visible escapes (`\\n`, `\\x1b`, `\\u202e`, as in the text
format), so no file name or target can end a line and start a Markdown block of its own (a task,
a heading, a list item), nor reach a terminal that `cat`s the report. Every line starts with text
of vaultkit's own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from vaultkit.model import Severity
from vaultkit.output import printable
from vaultkit.report.model import SEVERITIES, VAULT_SCOPE, Located, Report

TAG = "vaultkit/report"
_CALLOUT = {Severity.ERROR: "failure", Severity.WARNING: "warning", Severity.INFO: "info"}
# Message fragments that would be live syntax in Obsidian, shown as code instead.
_LIVE = re.compile(r"!?\[\[.*?\]\]|!?\[[^\]\n]*\]\([^)\n]*\)|%%|==|~~|\$")
_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_ESCAPE = re.compile(r"([\\*_\[\]<#&|])")
# Characters that break a wikilink's heading part or would render; Obsidian matches headings
# after turning exactly such punctuation into spaces (graph.strip_heading), so it still lands.
_HEADING_UNSAFE = re.compile(r"[#|^\[\]\\<>%`$*=~]+")
_PATH_UNSAFE = frozenset("#|^[]")
# What json.dumps leaves raw but a YAML reader rejects or a terminal acts on.
_YAML_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def code_span(text: str) -> str:
    """`text` as a Markdown code span, fenced by more backticks than it holds; control characters
    escaped, so the span stays on its line."""
    text = printable(text)
    longest = max((len(m.group(0)) for m in re.finditer(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _escape_plain(text: str) -> str:
    out = []
    pos = 0
    for m in _LIVE.finditer(text):
        out.append(_ESCAPE.sub(r"\\\1", text[pos : m.start()]))
        out.append(code_span(m.group(0)))
        pos = m.end()
    out.append(_ESCAPE.sub(r"\\\1", text[pos:]))
    return "".join(out)


def inline(text: str) -> str:
    """Note-derived text as inert inline Markdown, on one line; the message's own `code spans`
    stay code."""
    text = printable(text)
    out = []
    pos = 0
    for m in _CODE.finditer(text):
        out.append(_escape_plain(text[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_escape_plain(text[pos:]))
    return "".join(out)


def _stem(path: str) -> str:
    return path[:-3] if path.lower().endswith(".md") else path


def _name(path: str) -> str:
    return _stem(path).rsplit("/", 1)[-1]


def note_link(path: str, headings: tuple[str, ...] = (), *, inert: bool = False) -> str:
    """`[[Folder/Note#Heading|Note]]`; a code span when inert or when the path cannot be linked."""
    if any(c in _PATH_UNSAFE for c in path) or printable(path) != path:
        # Obsidian cannot link a file whose name holds # ^ [ ] |; one holding control characters
        # is shown escaped, which would no longer name it.
        return code_span(path)
    parts = []
    for h in headings:
        part = " ".join(_HEADING_UNSAFE.sub(" ", h).split())
        if printable(part) != part:
            break  # a heading with control characters cannot be written: link to its parent
        parts.append(part)
    sub = "".join(f"#{p}" for p in parts if p)
    alias = " ".join(_name(path).replace("|", " ").replace("]", " ").replace("[", " ").split())
    link = f"[[{_stem(path)}{sub}|{alias}]]"
    return code_span(link) if inert else link


def _front_matter(report: Report) -> list[str]:
    def q(s: str) -> str:  # a YAML double-quoted scalar: JSON escapes, plus \\u escapes for C1 and bidi
        return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(s, ensure_ascii=False))

    return [
        "---",
        f"generated: {report.generated_date}",
        f"vaultkit_version: {q(report.version)}",
        f"vault: {q(report.vault)}",
        f"notes_checked: {report.notes_checked}",
        f"errors: {report.severity_count(Severity.ERROR)}",
        f"warnings: {report.severity_count(Severity.WARNING)}",
        f"infos: {report.severity_count(Severity.INFO)}",
        "tags:",
        f"  - {TAG}",
        "---",
    ]


def _summary_table(report: Report) -> list[str]:
    lines = ["| Rule | Name | Errors | Warnings | Infos | Total |", "|---|---|--:|--:|--:|--:|"]
    for t in report.by_rule:
        counts = " | ".join(str(t.count(s)) for s in SEVERITIES)
        lines.append(f"| {t.label} | {t.name} | {counts} | {t.total} |")
    totals = " | ".join(f"**{report.severity_count(s)}**" for s in SEVERITIES)
    lines.append(f"| **Total** | | {totals} | **{len(report.findings)}** |")
    return lines


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _glance(report: Report) -> list[str]:
    stats = report.graph_stats
    lines = [
        f"- Links: {stats['links']} ({_plural(stats['broken'], 'broken link')} to "
        f"{_plural(stats['unresolved_targets'], 'missing target')}), {_plural(len(report.orphans), 'orphan note')}, "
        f"{_plural(stats['components'], 'connected group')} of notes",
    ]
    groups = report.claim_groups()
    if groups:
        lines.append(f"- Sizing claims: {len(report.claims)} (" + ", ".join(f"{n} {g}" for g, n in groups.items()) + ")")
    else:
        lines.append("- Sizing claims: none found")
    dupes = report.duplicates
    if dupes is None:
        lines.append(f"- Duplicates: not checked: {inline(report.duplicates_note or '')}")
    else:
        lines.append(
            f"- Duplicates (layers {', '.join(dupes.layers)}): {_plural(len(dupes.flagged_pairs), 'pair')}, "
            f"{_plural(len(dupes.clusters), 'cluster')}"
        )
        if report.duplicates_note:
            lines.append(f"  - {inline(report.duplicates_note)}")
    return lines


MAX_FIXED_LISTED = 500
_STATE_MARK = {"new": " *(new)*", "accepted": " *(accepted)*", "open": ""}


def _task(item: Located, inert: bool, key: str = "", state: str = "open") -> str:
    f = item.finding
    box = "[x]" if state == "accepted" else "[ ]"
    tail = _STATE_MARK[state] + (f" %% vk:{key} %%" if key else "")
    message = f"{inline(f.message)} ({f.rule}){tail}"
    if item.note is None:
        where = code_span(f.path) + " — " if f.path != VAULT_SCOPE else ""
        return f"- {box} {where}L{f.line}: {message}" if where else f"- {box} {message}"
    return f"- {box} {note_link(item.note, item.headings, inert=inert)} — L{f.line}: {message}"


def _folder(path: str) -> str:
    if path == VAULT_SCOPE:
        return VAULT_SCOPE
    return path.rsplit("/", 1)[0] if "/" in path else "/"


def _folder_title(folder: str) -> str:
    return {"/": "Vault root", VAULT_SCOPE: "Whole vault"}.get(folder, inline(folder))


def _counts(items: list[Located]) -> str:
    return ", ".join(_plural(n, str(s)) for s in SEVERITIES if (n := sum(1 for x in items if x.finding.severity == s)))


def _by_rule(report: Report, inert: bool) -> Iterator[str]:
    t = report.triage
    keys = t.keys if t else ("",) * len(report.findings)
    states = t.states if t else ("open",) * len(report.findings)
    names = {x.label: x.name for x in report.by_rule}
    groups: dict[str, dict[str, list[int]]] = {}
    for i, item in enumerate(report.findings):
        groups.setdefault(item.finding.rule, {}).setdefault(_folder(item.finding.path), []).append(i)
    for rule in sorted(groups):
        folders = groups[rule]
        every = [report.findings[i] for ids in folders.values() for i in ids]
        yield ""
        yield f"### {rule} {inline(names.get(rule, ''))}".rstrip()
        yield ""
        yield f"{_counts(every)} in {_plural(len(folders), 'folder')}."
        for folder in sorted(folders, key=lambda p: (p != VAULT_SCOPE, p != "/", p)):
            ids = folders[folder]
            items = [report.findings[i] for i in ids]
            worst = max(x.finding.severity for x in items)
            accepted = sum(1 for i in ids if states[i] == "accepted")
            new = sum(1 for i in ids if states[i] == "new")
            extra = ", ".join(x for x in (f"{new} new" if new else "", f"{accepted} accepted" if accepted else "") if x)
            yield ""
            yield f"> [!{_CALLOUT[worst]}]- {_folder_title(folder)}: {_counts(items)}" + (f" ({extra})" if extra else "")
            yield from (f"> {_task(report.findings[i], inert, keys[i], states[i])}" for i in ids)


def _since(report: Report) -> list[str]:
    t = report.triage
    if t is None:
        return []
    lines = ["", "## Since last report", ""]
    if t.previous is None:
        lines.append(
            f"> [!info] First report in this folder: {_plural(len(report.findings), 'finding')}, all open. "
            "Tick those you accept; the next report here keeps them ticked until their note changes."
        )
        return lines
    new, still, accepted = t.count("new"), t.count("open"), t.count("accepted")
    lines.append(
        f"> [!info] Since the report of {t.previous.removesuffix('Z')}: **{new} new**, **{len(t.fixed)} fixed**, "
        f"{still} still open, {accepted} accepted"
    )
    if t.reopened:
        lines.append(f"> {_plural(t.reopened, 'ticked finding')} open again: the note changed since it was ticked.")
    if t.fixed:
        lines += ["", f"> [!success]- {len(t.fixed)} fixed"]
        for x in t.fixed[:MAX_FIXED_LISTED]:
            where = "whole vault" if x.path == VAULT_SCOPE else code_span(x.path)
            lines.append(f"> - {where}: {inline(x.message)} ({x.rule})")
        if len(t.fixed) > MAX_FIXED_LISTED:
            lines.append(f"> - … and {len(t.fixed) - MAX_FIXED_LISTED} more (report-state.json of the previous run)")
    return lines


def _folder_table(report: Report) -> list[str]:
    lines = ["| Folder | Errors | Warnings | Infos | Total |", "|---|--:|--:|--:|--:|"]
    for t in sorted(report.by_folder, key=lambda t: (-t.total, t.label)):
        counts = " | ".join(str(t.count(s)) for s in SEVERITIES)
        label = {"/": "vault root", VAULT_SCOPE: "whole vault"}.get(t.label, inline(t.label))
        lines.append(f"| {label} | {counts} | {t.total} |")
    return lines


def render_markdown(report: Report, *, inert_links: bool = False) -> str:
    """The whole note; the same report always gives the same text."""
    errors, warnings, infos = (report.severity_count(s) for s in SEVERITIES)
    t = report.triage
    props = _front_matter(report)
    if t is not None:
        props[-3:-3] = [f"new: {t.count('new')}", f"fixed: {len(t.fixed)}", f"accepted: {t.count('accepted')}"]
    lines = [
        *props,
        f"# vaultkit report: {inline(report.vault)}",
        "",
        f"> [!summary] {report.notes_checked} notes checked: {_plural(errors, 'error')}, "
        f"{_plural(warnings, 'warning')}, {_plural(infos, 'info')}",
        "> Written by `vaultkit report`, which never reads this folder back as notes. Tick a finding "
        "(`- [x]`) to accept it: the next report in this folder keeps it ticked until its note changes, "
        "and `vaultkit baseline --from-report` turns the accepted findings into a baseline.",
        *_since(report),
        "",
        "## Summary",
        "",
        *(_summary_table(report) if report.findings else ["No findings."]),
        "",
        *_glance(report),
    ]
    if report.findings:
        lines += ["", "## Findings by folder", "", *_folder_table(report)]
    lines += ["", "## Findings by rule"]
    if not report.findings:
        lines += ["", "Nothing to do."]
    lines += list(_by_rule(report, inert_links))
    return "\n".join(lines) + "\n"
