"""Focus runs: check a few notes (the staged ones) with the rest of the vault as context.

A pre-commit hook passes the staged notes. vaultkit reports the findings located in them, plus
the ones the commit causes elsewhere: links in other notes broken by a staged rename or delete
(engine.staged). The other notes are context: their paths, aliases, headings, block ids and
claims decide the focus notes' link and claim findings, and their links decide which focus
notes are orphans. That context comes from the context store (store.context), so a hook run on
a 10,000-note vault reads the few notes that changed, and hands the rules the few dozen context
notes that can change a finding.

Only vault rules that say they answer the same on the context (`Rule.focus`) run here; when the
configuration enables another one, the whole vault is read instead. The duplicate rules (family
"duplicates") compare every note with every other: focus runs skip them unless the vault's
configuration says `[hook] duplicates = true` (then the whole vault is read).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vaultkit.config import Config
from vaultkit.engine.load import discover_notes, frozen_heap, load_vault, parse_paths
from vaultkit.engine.parse import NoteResult
from vaultkit.engine.run import enabled_rules, verify
from vaultkit.engine.staged import before_change, links_broken, named_files, removed_paths
from vaultkit.errors import ConfigError
from vaultkit.graph import Resolver
from vaultkit.model import Finding, Note, VaultIndex
from vaultkit.rules import RULES
from vaultkit.rules.core import INTERNAL
from vaultkit.store.context import (
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

# What a link broken by a rename or delete is reported as, in a note outside the focus.
CHANGE_RULES = frozenset({"VK301", "VK302"})
RENAME_HINT = "broken by the staged rename or delete: `vaultkit fix --links --write` rewrites links to renamed notes"
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


def _read_results(
    root: Path, paths: Sequence[str], config: Config, *, use_cache: bool, jobs: int | None, findings: list[Finding]
) -> dict[str, NoteResult]:
    """NoteResults of `paths` from the note cache or by parsing, as load_vault reads them (the
    text kept as bytes: the focus notes are read in full)."""
    return parse_paths(root, paths, config, use_cache=use_cache, jobs=jobs, findings=findings, reread=False)


# --- the run -----------------------------------------------------------------------------------


def _run_config(config: Config) -> Config:
    """The configuration the vault rules run with in a focus run: duplicates off unless asked."""
    if HookOptions.from_config(config).duplicates:
        return config
    duplicates = tuple(r.id for r in RULES.values() if r.family == "duplicates")
    return replace(config, ignore=config.ignore + duplicates)


def needs_whole_vault(config: Config) -> bool:
    """True when an enabled vault rule is not one the context can answer (`Rule.focus`)."""
    return any(not rule.focus for rule in enabled_rules(config, scope="vault"))


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
            out.append(f if f.path in focus or f.rule not in CHANGE_RULES else replace(f, message=f"{f.message}; {RENAME_HINT}"))
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
        with frozen_heap():
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
            candidates, keys, before_change(note_paths, index.files, removed, added), (note_paths, index.files)
        )
    findings = _keep(verify(index), focus, affected)
    return FocusResult(findings, tuple(sorted(focus)), tuple(sorted(affected)), whole_vault=True)


def _check_with_context(
    store: ContextStore, root: Path, paths: Sequence[str], config: Config, run_config: Config, *, jobs: int | None
) -> FocusResult | None:
    started = time.time_ns()
    found, findings = discover_notes(root, config)
    focus = frozenset(paths) & set(found.notes)

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
    files = tuple(sorted(set(found.files) | (set(found.notes) - note_set)))  # unreadable notes stay link targets

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
        affected = links_broken(linking, keys, before_change(note_paths, files, removed, added), (note_paths, files))  # type: ignore[arg-type]

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
    """engine.run.verify, keeping only the wanted findings before suppressions and sorting (the
    rules may report on context notes too: each looks like an orphan)."""
    return verify(index, keep=lambda found: _keep(found, focus, affected))


def _linked_from_context(
    store: ContextStore, focus: frozenset[str], notes: set[str], full: frozenset[str], files: Sequence[str]
) -> set[str]:
    """Focus notes that some context note links to. The rules saw only the links of the notes
    read in full, so their orphan verdicts are confirmed against the context's link targets."""
    keys = {k for path in focus for k in link_keys(path)}
    linking = (store.paths_with({LINKS_TO: keys}) & notes) - full
    if not linking:
        return set()
    resolver = Resolver(*named_files(keys, store.paths_with({NAMED: keys}) & notes, files))
    linked: set[str] = set()
    for rel, summary in store.summaries(linking).items():
        for target in summary.targets:
            if wants(keys, target):
                path = resolver.resolve(target, rel).path
                if path in focus and path != rel:
                    linked.add(path)
    return linked
