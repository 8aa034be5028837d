"""Focus runs: check a few notes (the staged ones) with the rest of the vault as context.

A pre-commit hook passes the staged notes. vaultkit reports the findings located in them, plus
the ones the commit causes elsewhere: links in other notes broken by a staged rename or delete
(`git diff --cached --name-status -M`, since pre-commit never passes a deleted path). The other
notes are context: their paths, aliases, headings, block ids and claims decide the focus notes'
link and claim findings, and their links decide which focus notes are orphans. That context
comes from the store of vaultkit.context, so a hook run on a 10,000-note vault reads the few
notes that changed, and hands the rules the few dozen context notes that can change a finding.

Only vault rules known to answer the same on the context run here (FOCUS_RULES); when the
configuration enables another one, the whole vault is read instead. The duplicate rules
(VK501–VK504) compare every note with every other: focus runs skip them unless the vault's
configuration says `[hook] duplicates = true` (then the whole vault is read).
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vaultkit import vcs
from vaultkit.api import NoteResult, VaultIndex, filter_findings, load_vault, verify
from vaultkit.config import Config
from vaultkit.context import (
    ALIAS,
    LINKS_TO,
    NAMED,
    QUANTITY,
    ContextStore,
    Signature,
    context_note,
    fold_name,
    link_keys,
    not_a_note,
    signature,
    summarise,
    wants,
)
from vaultkit.errors import ConfigError, UsageError
from vaultkit.graph import Resolver
from vaultkit.ingest.discover import discover
from vaultkit.model import Finding, Note
from vaultkit.rules import RULES
from vaultkit.rules.core import INTERNAL, UNREADABLE

# Vault rules whose findings on a focus note are the same with the context as with the whole
# vault read (tests/test_hook.py compares the two on many subsets of two vaults).
FOCUS_RULES = frozenset({"VK301", "VK302", "VK303", "VK304", "VK305", "VK306", "VK307", "VK308", "VK405"})
DUPLICATE_RULES = ("VK5",)
# What a link broken by a rename or delete is reported as, in a note outside the focus.
CHANGE_RULES = frozenset({"VK301", "VK302"})
ORPHAN_RULE = "VK307"


@dataclass(frozen=True)
class HookOptions:
    """The `[hook]` section: `duplicates` (false) also runs the duplicate rules VK501–VK504
    (as configured elsewhere) when verify is given note files, reading the whole vault."""

    duplicates: bool = False

    @classmethod
    def from_config(cls, config: Config) -> HookOptions:
        section = config.section("hook")
        unknown = set(section) - {"duplicates"}
        if unknown:
            raise ConfigError(f"[hook]: unknown option(s) {', '.join(sorted(unknown))}; known: duplicates")
        value = section.get("duplicates", False)
        if not isinstance(value, bool):
            raise ConfigError(f"[hook] duplicates must be true or false, not {value!r}")
        return cls(duplicates=value)


@dataclass(frozen=True)
class FocusIndex(VaultIndex):
    """A VaultIndex whose notes outside `focus` are context notes (vaultkit.context)."""

    focus: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FocusResult:
    """The findings of a focus run: located in `focus` (the given paths that are notes of the
    vault), or in `affected` notes (links the staged change broke there)."""

    findings: tuple[Finding, ...]
    focus: tuple[str, ...]
    affected: tuple[str, ...] = ()
    whole_vault: bool = False  # the configuration needed every note read
    stats: Mapping[str, Any] = field(default_factory=dict)  # counts, for benchmarks


@contextmanager
def _no_gc() -> Iterator[None]:
    # Loading 10k summaries makes the cyclic GC walk them again and again (see api.load_vault);
    # they hold no cycles, so they are frozen out of later collections.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _read_results(
    root: Path, paths: Sequence[str], config: Config, *, use_cache: bool, jobs: int | None, findings: list[Finding]
) -> dict[str, NoteResult]:
    """NoteResults of `paths` from the per-note cache or by parsing, as load_vault reads them."""
    from vaultkit import api

    results: dict[str, NoteResult] = {}
    if not paths:
        return results
    cache = None
    if use_cache:
        from vaultkit.cache import NoteCache

        cache = NoteCache(root)
    cache = api._parse_notes(root, paths, config, cache, jobs, findings, results, reread=False)
    if cache is not None:
        cache.close()
    return results


# --- what the staged change broke --------------------------------------------------------------


def _vault_relative(root: Path, top: Path, path: str) -> str | None:
    rel = os.path.relpath(top / path, root)
    if rel.startswith(".."):
        return None
    rel = Path(rel).as_posix()
    return None if any(part.startswith(".") for part in rel.split("/")) else rel


def removed_paths(root: Path, present: set[str]) -> tuple[set[str], set[str]]:
    """(removed, added): vault paths the staged change deletes or renames away, and adds."""
    top = vcs.toplevel(root)
    if top is None:
        return set(), set()
    removed: set[str] = set()
    added: set[str] = set()
    for change in vcs.staged_changes(top):
        old = _vault_relative(root, top, change.old)
        new = _vault_relative(root, top, change.path)
        if change.status in "DR" and old is not None and old not in present:
            removed.add(old)
        if change.status in "ARC" and new is not None:
            added.add(new)
    return removed, added


def _named(keys: set[str], notes: Iterable[str], files: Iterable[str]) -> tuple[list[str], list[str]]:
    """The notes and files whose name has one of `keys`: all a Resolver needs to answer for a
    target with such a key as the whole vault's would (only files of that name take part)."""
    return [p for p in notes if wants(keys, p)], [p for p in files if wants(keys, p)]


def links_broken(
    notes: Iterable[Note], keys: set[str], old: tuple[Sequence[str], Sequence[str]], new: tuple[Sequence[str], Sequence[str]]
) -> dict[str, set[tuple[int, int]]]:
    """Positions of the links to a removed name (`keys`) that resolved with the (notes, files)
    of `old` and do not with `new`: graph.links_broken_by_change, with the file lists allowed
    to differ (attachments too)."""
    before, after = Resolver(*_named(keys, *old)), Resolver(*_named(keys, *new))
    broken: dict[str, set[tuple[int, int]]] = {}
    for note in notes:
        for link in note.links:
            if not link.target or not wants(keys, link.target):
                continue
            if before.resolve(link.target, note.path).path is not None and after.resolve(link.target, note.path).path is None:
                broken.setdefault(note.path, set()).add((link.line, link.column))
    return broken


def _before_change(notes: Sequence[str], files: Sequence[str], removed: set[str], added: set[str]) -> tuple[list[str], list[str]]:
    """The (notes, files) lists before the staged change. A removed `.md` joins the files: the
    Resolver treats every `.md` path as a note."""
    return [p for p in notes if p not in added], [p for p in files if p not in added] + sorted(removed)


# --- the run -----------------------------------------------------------------------------------


def _run_config(config: Config) -> Config:
    """The configuration the vault rules run with in a focus run: duplicates off unless asked."""
    if HookOptions.from_config(config).duplicates:
        return config
    return replace(config, ignore=config.ignore + DUPLICATE_RULES)


def needs_whole_vault(config: Config) -> bool:
    """True when an enabled vault rule is not one the context can answer."""
    return any(
        rule.scope == "vault"
        and rule.check is not None
        and rule.id not in FOCUS_RULES
        and config.rule_enabled(rule.id, rule.default_enabled)
        for rule in RULES.values()
    )


def _keep(
    findings: Iterable[Finding], focus: frozenset[str], affected: Mapping[str, set[tuple[int, int]]]
) -> tuple[Finding, ...]:
    """Findings located in the focus, those of links the change broke, and vault rule failures."""
    out = []
    for f in findings:
        if (
            f.path in focus
            or (f.rule in CHANGE_RULES and (f.line, f.column) in affected.get(f.path, ()))
            or (f.rule == INTERNAL.id and f.path == ".")
        ):
            out.append(f)
    return tuple(out)


def check_focus(
    root: Path, paths: Sequence[str], config: Config, *, use_cache: bool = True, jobs: int | None = None
) -> FocusResult:
    """Findings of the notes at `paths` (vault-relative) and those the staged change causes."""
    run_config = _run_config(config)
    if needs_whole_vault(run_config) or not use_cache:
        return _check_whole(root, paths, config, run_config, use_cache=use_cache, jobs=jobs)
    store = ContextStore(root)
    try:
        with _no_gc():
            result = _check_with_context(store, root, paths, config, run_config, jobs=jobs)
    finally:
        store.close()
    if result is None:  # the store could not be used (a read-only vault): read everything
        return _check_whole(root, paths, config, run_config, use_cache=use_cache, jobs=jobs)
    return result


def _check_whole(
    root: Path, paths: Sequence[str], config: Config, run_config: Config, *, use_cache: bool, jobs: int | None
) -> FocusResult:
    index = replace(load_vault(root, config=config, jobs=jobs, use_cache=use_cache), config=run_config)
    note_paths = [n.path for n in index.notes]
    focus = frozenset(paths) & set(note_paths)
    affected: dict[str, set[tuple[int, int]]] = {}
    removed, added = removed_paths(root, set(note_paths) | set(index.files))
    if removed:
        keys = {k for path in removed for k in link_keys(path)}
        candidates = [n for n in index.notes if n.path not in focus and any(wants(keys, link.target) for link in n.links)]
        affected = links_broken(
            candidates, keys, _before_change(note_paths, index.files, removed, added), (note_paths, index.files)
        )
    findings = _keep(verify(index), focus, affected)
    return FocusResult(findings, tuple(sorted(focus)), tuple(sorted(affected)), whole_vault=True)


def _check_with_context(
    store: ContextStore, root: Path, paths: Sequence[str], config: Config, run_config: Config, *, jobs: int | None
) -> FocusResult | None:
    started = time.time_ns()
    found = discover(root, config.exclude)
    focus = frozenset(paths) & set(found.notes)
    findings: list[Finding] = [UNREADABLE.finding(p, 1, 1, msg, key=msg) for p, msg in found.problems]

    # 1. Bring the store up to date: read every note whose file changed (and the focus).
    known = store.signatures()
    base = os.fspath(root) + os.sep
    stale: dict[str, Signature | None] = {}
    for rel in found.notes:
        sig = signature(base + rel, started)
        row = known.get(rel)
        if rel in focus or row is None or sig is None or row[0] != sig:
            stale[rel] = sig
    # The focus notes (changed, as a rule) are parsed with the run's configuration: without
    # duplicate features, whose computation alone would cost a hook run a quarter second. The
    # rest are looked up as full runs store them.
    results = _read_results(root, sorted(focus), run_config, use_cache=True, jobs=jobs, findings=findings)
    others = [rel for rel in stale if rel not in focus]
    results.update(_read_results(root, others, config, use_cache=True, jobs=jobs, findings=findings))
    fresh = {rel: (stale[rel], summarise(r.note) if r.note is not None else not_a_note()) for rel, r in results.items()}
    on_disk = set(found.notes)
    store.update(fresh, [p for p in known if p not in on_disk])
    if store.broken:
        return None
    is_note = {rel: s.is_note for rel, (_, s) in fresh.items()}
    note_set = {p for p in found.notes if is_note.get(p, p not in stale and known[p][2])}
    note_paths = sorted(note_set)
    files = tuple(sorted(set(found.files)))

    # 2. Notes outside the focus whose links the staged change breaks: read in full.
    affected: dict[str, set[tuple[int, int]]] = {}
    removed, added = removed_paths(root, on_disk | set(files))
    if removed:
        keys = {k for path in removed for k in link_keys(path)}
        candidates = sorted((store.paths_with({LINKS_TO: keys}) & note_set) - focus)
        results.update(
            _read_results(root, [p for p in candidates if p not in results], config, use_cache=True, jobs=jobs, findings=[])
        )
        linking = [results[p].note for p in candidates if p in results and results[p].note is not None]
        affected = links_broken(linking, keys, _before_change(note_paths, files, removed, added), (note_paths, files))  # type: ignore[arg-type]

    # 3. The vault rules, on the focus and affected notes in full and, as context, the notes
    #    that can change their findings.
    full = focus | set(affected)
    read: list[Note] = [results[p].note for p in sorted(full)]  # type: ignore[misc]
    context, context_files = _relevant(store, read, note_set - full, files)
    summaries = store.summaries(context)
    notes = [results[p].note if p in full else context_note(p, summaries[p]) for p in sorted(full | set(summaries))]
    findings.extend(f for p in sorted(full) for f in results[p].findings)
    index = FocusIndex(root, tuple(notes), context_files, run_config, tuple(findings), focus=frozenset(full))  # type: ignore[arg-type]
    reported = _verify_focus(index, focus, affected)
    linked = _linked_from_context(store, focus, note_set, full, files)
    reported = [f for f in reported if not (f.rule == ORPHAN_RULE and f.path in linked)]
    if store.broken:
        return None
    stats = {"notes": len(note_paths), "reread": len(stale), "context": len(summaries), "known": len(known)}
    return FocusResult(tuple(reported), tuple(sorted(focus)), tuple(sorted(affected)), stats=stats)


def _relevant(
    store: ContextStore, read: Sequence[Note], others: set[str], files: Sequence[str]
) -> tuple[set[str], tuple[str, ...]]:
    """The context notes and files that can change a finding of the notes `read` in full:
    those a link of theirs may resolve to, or that share a name with one of them (links:
    graph.Resolver only compares a target with files whose last path part folds the same;
    case collisions), whose alias a link names (VK302), or that state a quantity they state
    (VK405). The rules then run on a few dozen notes instead of the whole vault."""
    targets = {link.target for note in read for link in note.links}
    names = {k for t in targets for k in link_keys(t)} | {k for note in read for k in link_keys(note.path)}
    aliased = {fold_name(t) for t in targets}
    quantities = {c.key for note in read for c in note.claims if getattr(c, "key", "") and getattr(c, "value", None)}
    chosen = store.paths_with({NAMED: names, ALIAS: aliased, QUANTITY: quantities}) & others
    return chosen, tuple(f for f in files if wants(names, f))


def _verify_focus(index: FocusIndex, focus: frozenset[str], affected: Mapping[str, set[tuple[int, int]]]) -> list[Finding]:
    """api.verify, keeping only the wanted findings before suppressions and sorting (the rules
    may report on context notes too: each looks like an orphan)."""
    config = index.config
    found: list[Finding] = list(_keep(index.findings, focus, affected))
    for rule in RULES.values():
        if rule.scope != "vault" or rule.check is None or not config.rule_enabled(rule.id, rule.default_enabled):
            continue
        try:
            found.extend(_keep(rule.check(index, config), focus, affected))
        except Exception as exc:  # noqa: BLE001 - as api.verify: a failing rule is a finding
            found.append(INTERNAL.finding(".", 1, 1, f"rule {rule.id} failed: {type(exc).__name__}: {exc}"))
    return filter_findings(found, index)


def _linked_from_context(
    store: ContextStore, focus: frozenset[str], notes: set[str], full: frozenset[str], files: Sequence[str]
) -> set[str]:
    """Focus notes that some context note links to. The rules saw only the links of the notes
    read in full, so their orphan verdicts are confirmed against the context's link targets."""
    keys = {k for path in focus for k in link_keys(path)}
    linking = (store.paths_with({LINKS_TO: keys}) & notes) - full
    if not linking:
        return set()
    resolver = Resolver(*_named(keys, store.paths_with({NAMED: keys}) & notes, files))
    linked: set[str] = set()
    for rel, summary in store.summaries(linking).items():
        for target in summary.targets:
            if wants(keys, target):
                path = resolver.resolve(target, rel).path
                if path in focus and path != rel:
                    linked.add(path)
    return linked


# --- from command-line paths to vaults ---------------------------------------------------------


def _vault_folder(path: Path) -> Path | None:
    for folder in path.parents:
        if (folder / ".obsidian").is_dir():
            return folder
    return None


def group_by_vault(paths: Sequence[str]) -> list[tuple[Path, tuple[str, ...]]]:
    """Note files given on the command line (as pre-commit passes them: relative to the work
    tree's top) → (vault root, vault-relative paths) per vault. A vault root is the nearest
    folder above a file holding `.obsidian/`; else the git work tree holding the file; else the
    folder the files without either have in common."""
    return [(root, rels) for root, rels, _ in vault_groups(paths)]


def vault_groups(paths: Sequence[str]) -> list[tuple[Path, tuple[str, ...], bool]]:
    """group_by_vault, each group also saying whether its root is a vault (`.obsidian/` or a git
    work tree) rather than the folder some loose files have in common: nothing is written there
    (no `.vaultkit/cache` in a folder that is not a vault)."""
    groups: dict[Path, list[str]] = {}
    loose: list[Path] = []
    tops: dict[Path, Path | None] = {}
    for raw in paths:
        path = Path(os.path.abspath(raw))
        if not os.path.lexists(path):
            raise UsageError(f"{raw}: no such file")
        if path.is_dir():
            raise UsageError(f"{raw}: is a folder; give one vault folder, or note files")
        root = _vault_folder(path)
        if root is None:
            if path.parent not in tops:
                tops[path.parent] = vcs.toplevel(path.parent)
            root = tops[path.parent]
            path = path.resolve()  # git names its work tree with symlinks resolved
        if root is None:
            loose.append(path)
            continue
        groups.setdefault(root, []).append(Path(os.path.relpath(path, root)).as_posix())
    vaults = set(groups)
    if loose:
        common = Path(os.path.commonpath([p.parent for p in loose]))
        groups.setdefault(common, []).extend(Path(os.path.relpath(p, common)).as_posix() for p in loose)
    return [(root.resolve(), tuple(dict.fromkeys(rels)), root in vaults) for root, rels in sorted(groups.items())]
