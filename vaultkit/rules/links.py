"""Rules about links: where each one goes, and what it leaves behind.

The analysis (every link resolved once, by status, anchors, alias matches, orphans) is
vaultkit.links.link_analysis; these rules only turn its results into findings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from vaultkit.config import Config
from vaultkit.graph import IMPOSSIBLE_IN_NAMES, NOT_PORTABLE_IN_NAMES, ResolvedLink, fold
from vaultkit.links import Fix, link_analysis
from vaultkit.model import Finding, Severity
from vaultkit.rules.base import Example, rule

if TYPE_CHECKING:
    from vaultkit.api import VaultIndex


def _shown(r: ResolvedLink) -> str:
    return r.link.raw or f"[[{r.link.target}]]"


def _with(finding: Finding, r: ResolvedLink, fix: Fix | None) -> Finding:
    """The finding with its "did you mean" (message, suggestion fields), when there is one."""
    if fix is None or fix.link == r.link.raw:
        return finding
    return replace(
        finding,
        message=f"{finding.message}; did you mean {fix.link}?",
        suggestion=fix.link,
        suggested_path=fix.path,
        span=len(r.link.raw),
    )


@rule(
    "VK301",
    "broken-link",
    scope="vault",
    severity=Severity.ERROR,
    focus=True,
    examples=(
        Example.failing("See [[Quantisation notes]].\n", Quantisation="# Quantisation\n[[note]]\n"),
        Example.passing("See [[Quantisation]].\n", Quantisation="# Quantisation\n[[note]]\n"),
    ),
)
def check_broken(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link or embed points at no note or file in the vault.

    Failing: `[[Quantisation notes]]` when no `Quantisation notes.md` exists.
    Passing: `[[Quantisation]]` with `Quantisation.md` anywhere in the vault.
    A link that only matches a front-matter alias is reported as VK302 instead.

    The finding names the likely intended target when there is exactly one: a note or file
    whose name differs by case, accents (NFC/NFD), spacing or punctuation, by a typo (one edit,
    two in names of 10+ letters and digits), or of the same name in another folder (a moved
    note): `broken link: no note or file matches [[Quantisaton]]; did you mean [[Quantisation]]?`
    (JSON: `suggestion`; SARIF: `fixes` and `relatedLocations`). `vaultkit fix --links`
    rewrites such links, and links broken by renames and moves.

    `[[]]` (nothing between the brackets) is not a link: it names no note, no heading and no
    block, and is neither a broken link nor a link of the note to itself (vault-anchors §2.2:
    an empty path means the current note only when a `#heading` or `#^block` follows, as in
    `[[#Heading]]`).
    """
    analysis = link_analysis(index)
    for r, owners in analysis.unresolved:
        if owners is not None:
            continue
        what = "embed" if r.link.embed else "link"
        message = f"broken {what}: no note or file matches {_shown(r)}"
        found = check_broken.finding(r.source, r.link.line, r.link.column, message, key=r.link.target)
        yield _with(found, r, analysis.suggest_target(r))


@rule(
    "VK302",
    "alias-only-link",
    scope="vault",
    severity=Severity.WARNING,
    focus=True,
    examples=(
        Example.failing("See [[Quantization]].\n", Quantisation="---\naliases: [Quantization]\n---\n[[note]]\n"),
        Example.passing("See [[Quantisation|Quantization]].\n", Quantisation="---\naliases: [Quantization]\n---\n[[note]]\n"),
    ),
)
def check_alias_only(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link names a front-matter alias, which Obsidian does not resolve.

    Aliases only feed Obsidian's link suggestions; `[[alias]]` stays unresolved in the app.
    Failing: `[[Quantization]]` where `Quantisation.md` has `aliases: [Quantization]`.
    Passing: `[[Quantisation|Quantization]]`.
    """
    for r, owners in link_analysis(index).unresolved:
        if owners:
            real = owners[0].rsplit("/", 1)[-1][:-3]
            found = check_alias_only.finding(
                r.source,
                r.link.line,
                r.link.column,
                f"{_shown(r)} names an alias of {owners[0]}; Obsidian does not resolve aliases: write [[{real}|{r.link.target}]]",
                key=r.link.target,
            )
            if r.link.kind == "wikilink" and r.link.alias is None:
                fixed = r.link.raw.replace(r.link.target, f"{real}|{r.link.target}", 1) if r.link.raw.endswith("]]") else ""
                found = replace(found, suggestion=fixed, suggested_path=owners[0], span=len(r.link.raw)) if fixed else found
            yield found


@rule(
    "VK303",
    "ambiguous-link",
    scope="vault",
    severity=Severity.INFO,
    focus=True,
    examples=(
        Example.failing("See [[Index]].\n", **{"A/Index": "[[note]]\n", "B/Index": "[[note]]\n"}),
        Example.passing("See [[A/Index]].\n", **{"A/Index": "[[note]]\n", "B/Index": "[[note]]\n"}),
    ),
)
def check_ambiguous(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Several files match a link; Obsidian picks the shortest path, which may not be meant.

    Failing: `[[Index]]` with `Index.md` in two folders, neither the linking note's own.
    Passing: `[[Projects/Index]]`.
    """
    for r in link_analysis(index).with_status("ambiguous"):
        candidates = r.resolution.candidates
        message = (
            f"{_shown(r)} matches {len(candidates)} files; resolved by the shortest path to {r.resolution.path}"
            f" (also: {', '.join(candidates[1:4])})"
        )
        yield check_ambiguous.finding(r.source, r.link.line, r.link.column, message, key=r.link.target)


@rule(
    "VK304",
    "missing-heading",
    scope="vault",
    severity=Severity.WARNING,
    focus=True,
    examples=(
        Example.failing("See [[Quantisation#Int4]].\n", Quantisation="## Int8\n[[note]]\n"),
        Example.passing("See [[Quantisation#int8]].\n", Quantisation="## Int8\n[[note]]\n"),
    ),
)
def check_heading(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's `#Heading` matches no heading of the target note.

    Headings are compared as Obsidian does (punctuation to spaces, case ignored); a heading's
    code spans are part of its text (``### `hasTag()` `` is the heading `hasTag`).
    Failing: `[[Quantisation#Int4]]` when the note has no "Int4" heading.
    Passing: `[[Quantisation#int8]]` for a heading `## Int8`.
    The finding names the closest heading of the target when one is clearly closest (spacing,
    a typo, words added or dropped by a rename): `did you mean [[Quantisation#Int8 rows]]?`.
    """
    analysis = link_analysis(index)
    exists = analysis.anchors.heading_exists
    for r, target in analysis.anchored:
        if r.link.heading and not exists(target, r.link.heading):
            message = f"{_shown(r)}: {target.path} has no heading {r.link.heading!r}"
            found = check_heading.finding(r.source, r.link.line, r.link.column, message, key=f"{r.link.target}#{r.link.heading}")
            yield _with(found, r, analysis.suggest_anchor(r, target))


@rule(
    "VK305",
    "missing-block",
    scope="vault",
    severity=Severity.WARNING,
    focus=True,
    examples=(
        Example.failing("See [[Quantisation#^int4]].\n", Quantisation="Int8 halves memory. ^int8-fact\n[[note]]\n"),
        Example.passing("See [[Quantisation#^int8-fact]].\n", Quantisation="Int8 halves memory. ^int8-fact\n[[note]]\n"),
    ),
)
def check_block(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's `#^block` id is not defined in the target note.

    Failing: `[[Quantisation#^int4]]` with no line ending in `^int4`.
    Passing: `[[Quantisation#^int8-fact]]` with a line ending in `^int8-fact`.
    The finding names the target's block id one edit away (two for ids of 8+ characters) when
    there is exactly one.
    """
    analysis = link_analysis(index)
    exists = analysis.anchors.block_exists
    for r, target in analysis.anchored:
        if r.link.block and not exists(target, r.link.block):
            message = f"{_shown(r)}: {target.path} has no block ^{r.link.block}"
            found = check_block.finding(r.source, r.link.line, r.link.column, message, key=f"{r.link.target}#^{r.link.block}")
            yield _with(found, r, analysis.suggest_anchor(r, target))


@rule(
    "VK306",
    "impossible-target",
    scope="vault",
    severity=Severity.ERROR,
    focus=True,
    examples=(
        Example.failing("See [[Paper: A Title]].\n"),
        Example.passing("See [[Paper - A Title]].\n", **{"Paper - A Title": "[[note]]\n"}),
    ),
)
def check_impossible(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A link's target has characters no file name may have, so it can never resolve.

    Obsidian refuses `\\ / :` in file names on every system (`/` separates folders), so a
    name with `\\` or `:` names no file, unless one exists anyway (then the link resolves
    and nothing is reported). `* " < > | ?` are refused on Windows only: `[[F*]]` resolves to
    `F*.md` on macOS and Linux, and a note so named is reported by VK309 instead.
    Failing: `[[Paper: A Title]]`. Passing: `[[Paper - A Title]]`.
    """
    analysis = link_analysis(index)
    for r in analysis.with_status("impossible"):
        bad = "".join(sorted(IMPOSSIBLE_IN_NAMES.intersection(r.link.target.rsplit("/", 1)[-1])))
        message = f"{_shown(r)} can never resolve: file names cannot contain {bad!r}"
        found = check_impossible.finding(r.source, r.link.line, r.link.column, message, key=r.link.target)
        yield _with(found, r, analysis.suggest_target(r))


@rule(
    "VK307",
    "orphan-note",
    scope="vault",
    severity=Severity.INFO,
    focus=True,
    examples=(
        Example.failing("# Alone\n", Other="# Other\n"),
        Example.passing("See [[Other]].\n", Other="See [[note]].\n"),
    ),
)
def check_orphans(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """No other note links to or embeds this note.

    Failing: a note nothing points at. Passing: any note with one incoming link.
    """
    for path in link_analysis(index).orphans:
        yield check_orphans.finding(path, 1, 1, "orphan: no other note links to this note", key="orphan")


@rule(
    "VK308",
    "case-collision",
    scope="vault",
    severity=Severity.WARNING,
    focus=True,
    examples=(
        Example.failing("[[Ideas]]\n", Ideas="[[note]]\n", ideas="[[note]]\n"),
        Example.passing("[[Ideas]]\n", Ideas="[[note]]\n", Plans="[[note]]\n"),
    ),
)
def check_case_collision(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """Two notes' paths differ only in case (or Unicode normalisation).

    They cannot both exist on macOS or Windows, and links cannot tell them apart.
    Failing: `Ideas.md` and `ideas.md` in one folder. Passing: distinct names.
    """
    seen: dict[str, list[str]] = defaultdict(list)
    for note in index.notes:
        seen[fold(note.path)].append(note.path)
    for paths in seen.values():
        for path in paths[1:]:
            message = f"{path} and {paths[0]} differ only in case or Unicode form"
            yield check_case_collision.finding(path, 1, 1, message, key=fold(path))


@rule(
    "VK309",
    "non-portable-name",
    scope="vault",
    severity=Severity.WARNING,
    focus=True,
    examples=(
        Example.failing("See [[F*]].\n", **{"F*": "[[note]]\n"}),
        Example.passing("See [[F-star]].\n", **{"F-star": "[[note]]\n"}),
    ),
)
def check_portable(index: VaultIndex, config: Config) -> Iterator[Finding]:
    """A note or file name has a character Windows refuses (`* " < > | ?`).

    Obsidian on macOS and Linux opens such a note and resolves links to it, but it cannot be
    created, checked out or synced on Windows (Obsidian Sync, git): the vault is not portable.
    Failing: `F*.md`, `Racket equal?.md`. Passing: `F star.md`.
    """
    for path in [n.path for n in index.notes] + [f for f in index.files if not f.lower().endswith(".md")]:
        bad = NOT_PORTABLE_IN_NAMES.intersection(path)
        if bad:
            message = f"{path} cannot exist on Windows: its name has {''.join(sorted(bad))!r}; rename it to sync the vault there"
            yield check_portable.finding(path, 1, 1, message, key="non-portable")


RULES = (
    check_broken,
    check_alias_only,
    check_ambiguous,
    check_heading,
    check_block,
    check_impossible,
    check_orphans,
    check_case_collision,
    check_portable,
)
