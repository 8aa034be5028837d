"""Running the rules: which are enabled, the one rule loop, the vault rules, filtering findings.

Note rules run inside parse_note (engine.parse), vault rules on a VaultIndex here (`verify`).
A rule that raises becomes a VK000 finding and the run goes on (check_rules). On a big vault
the duplicate rules run in a forked child while this process runs the others.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from vaultkit.config import Config
from vaultkit.errors import ConfigError
from vaultkit.model import Finding, Severity, VaultIndex
from vaultkit.rules import RULES
from vaultkit.rules.base import Rule, Scope
from vaultkit.rules.core import INTERNAL

if TYPE_CHECKING:
    from vaultkit.engine.load import Progress

# Below this many notes the vault rules run in one process: forking costs more than it saves.
PARALLEL_RULES_MIN_NOTES = 2000


def enabled_rules(config: Config, *, scope: Scope | None = None, family: str | None = None) -> list[Rule]:
    """The rules this configuration runs (with a check function), of one scope or family."""
    return [
        r
        for r in RULES.values()
        if r.check is not None
        and (scope is None or r.scope == scope)
        and (family is None or r.family == family)
        and r.enabled(config)
    ]


def duplicates_enabled(config: Config) -> bool:
    """Whether a duplicate rule (family "duplicates") runs with this configuration."""
    return bool(enabled_rules(config, family="duplicates"))


def check_rules(rules: Iterable[Rule], subject: Any, config: Config, *, where: str = ".") -> list[Finding]:
    """The one rule loop: every rule's findings on `subject` (a Note or a VaultIndex); a rule
    that fails is a VK000 finding at `where`, and the others still run."""
    found: list[Finding] = []
    for rule in rules:
        assert rule.check is not None
        try:
            found.extend(rule.check(subject, config))
        except ConfigError:
            raise  # a configuration error is exit 2, never a VK000 finding
        except Exception as exc:  # noqa: BLE001 - a failing rule is a finding, the run goes on
            found.append(INTERNAL.finding(where, 1, 1, f"rule {rule.id} failed: {type(exc).__name__}: {exc}"))
    return found


def verify(
    index: VaultIndex,
    *,
    extra: Iterable[Finding] = (),
    jobs: int | None = None,
    alongside: Callable[[], object] | None = None,
    keep: Callable[[Iterable[Finding]], Iterable[Finding]] | None = None,
    progress: Progress | None = None,
) -> list[Finding]:
    """Run the vault-scope rules and return every enabled, unsuppressed finding, sorted.

    On a big vault with `jobs` of 2 or more, the duplicate rules run in a forked child process
    while this one runs the others (both only read the index); the findings are the same as
    from one process, which is what happens when forking is not possible. `alongside`, when
    given, is called once after the rules of this process ran (while the child works). `keep`,
    when given, chooses the findings to report before suppressions apply (a focus run).
    `progress` is told the number of rules, then advances as each is done."""
    config = index.config
    found: list[Finding] = [*index.findings, *extra]
    rules = enabled_rules(config, scope="vault")
    apart = [r for r in rules if r.family == "duplicates"]
    child = _fork_rules(index, apart) if apart and _can_fork(index, config, jobs) else None
    if child is not None:
        rules = [r for r in rules if r.family != "duplicates"]
    if progress is not None:
        progress.start(len(rules) + (len(apart) if child is not None else 0))
    if progress is None:
        found.extend(check_rules(rules, index, config))
    else:
        for rule in rules:  # one at a time, so the bar moves with each
            found.extend(check_rules([rule], index, config))
            progress.advance(1)
    if alongside is not None:
        alongside()
    if child is not None:
        found.extend(_join_rules(child, index, apart))
        if progress is not None:
            progress.advance(len(apart))
    if progress is not None:
        progress.close()
    found.extend(changed_during_run(index))
    return filter_findings(keep(found) if keep is not None else found, index)


def changed_during_run(index: VaultIndex) -> list[Finding]:
    """VK100 warnings for the notes of `index` that changed, vanished or became unreadable while
    this run read them (re-read, never a crash: model.changed_notes), and forget them, so a later
    run in the same process does not report them again."""
    from vaultkit.engine.load import changed_findings
    from vaultkit.model import forget_changed_notes

    changed = changed_findings(index)
    forget_changed_notes()
    return changed


def _can_fork(index: VaultIndex, config: Config, jobs: int | None) -> bool:
    """Only when asked for 2+ jobs (the command line asks; a library caller who passes nothing
    gets one process), on Linux, with no other thread running (a fork copies only the calling
    thread) and without the semantic layer (torch is not to be forked into)."""
    import sys
    import threading

    if jobs is None or jobs < 2 or len(index.notes) < PARALLEL_RULES_MIN_NOTES:
        return False
    if sys.platform != "linux" or not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    return not any(r.loads_torch for r in enabled_rules(config, scope="vault"))


def _fork_rules(index: VaultIndex, rules: Sequence[Rule]) -> tuple[int, int] | None:
    """Start `rules` in a forked child that writes their findings, pickled, to a pipe."""
    import pickle
    import sys

    try:
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: never returns into the caller's code
        code = 0
        try:
            os.close(read_end)
            data = pickle.dumps(check_rules(rules, index, index.config), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
        except BaseException:  # noqa: BLE001 - the parent runs the rules itself
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _join_rules(child: tuple[int, int], index: VaultIndex, rules: Sequence[Rule]) -> list[Finding]:
    """The child's findings; when it failed, the rules run here instead."""
    import pickle

    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0 and data:
        try:
            found = pickle.loads(data)  # noqa: S301 - our own forked child's pipe, never a file
            if isinstance(found, list):
                return found
        except Exception:  # noqa: BLE001, S110 - fall through to running them here
            pass
    return check_rules(rules, index, index.config)


def filter_findings(findings: Iterable[Finding], index: VaultIndex) -> list[Finding]:
    """Apply select/ignore, per-file ignores, severity overrides and inline suppressions."""
    config = index.config
    suppressed: dict[str, dict[int, list[frozenset[str]]]] = {}
    for note in index.notes:
        if note.suppressions:
            lines = suppressed[note.path] = {}
            for s in note.suppressions:
                lines.setdefault(s.line, []).append(s.rules)
    out: list[Finding] = []
    seen: set[tuple[object, ...]] = set()
    for f in findings:
        rule = RULES.get(f.rule)
        if rule is not None and not rule.enabled(config):
            continue
        if config.ignored_for(f.path, f.rule):
            continue
        here = suppressed.get(f.path)
        if here and any(_suppresses(codes, f) for codes in (*here.get(f.line, ()), *here.get(0, ()))):
            continue
        if f.rule in config.severity:
            f = replace(f, severity=config.severity[f.rule])
        ident = (f.sort_key, f.severity)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(f)
    return sorted(out, key=lambda f: f.sort_key)


def _suppresses(codes: frozenset[str], finding: Finding) -> bool:
    """Whether a suppression comment's codes (ids, prefixes, names; none: every rule) cover a finding."""
    if not codes:
        return True
    return finding.name in codes or any(finding.rule.startswith(c.upper()) for c in codes if c[:2].upper() == "VK")


def exit_code(findings: Iterable[Finding]) -> int:
    """0 when clean or only warnings/info, 1 when any finding is an error."""
    return 1 if any(f.severity >= Severity.ERROR for f in findings) else 0
