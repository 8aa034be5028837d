"""One note, from its bytes to a Note and its findings: a pure function of (path, bytes, config).

decode (ingest.decode) → repair mojibake (ingest.mojibake) → split the front matter
(ingest.frontmatter) → scan the Markdown (ingest.markdown) → extract claims (vaultkit.claims)
→ duplicate features (vaultkit.dedup.features, when a duplicate rule runs) → the note rules
(engine.run). The result is cached by content hash (engine.load) and fanned out over processes.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from vaultkit.claims.model import SHAPE_FAILED, Claim
from vaultkit.config import Config
from vaultkit.engine.run import check_rules, duplicates_enabled, enabled_rules
from vaultkit.ingest.decode import Decoded, decode_bytes
from vaultkit.ingest.frontmatter import as_string_list, split_front_matter
from vaultkit.ingest.markdown import scan_front_matter_links, scan_markdown
from vaultkit.model import Finding, Note, Tag, TextSource
from vaultkit.rules import core as core_rules
from vaultkit.rules import encoding as encoding_rules
from vaultkit.rules.core import INTERNAL

if TYPE_CHECKING:
    from vaultkit.ingest.mojibake import Repair


@dataclass(frozen=True)
class NoteResult:
    """The per-note work: a pure function of (path, bytes, config, vaultkit version)."""

    note: Note | None
    findings: tuple[Finding, ...]


def front_matter_properties(text: str) -> Mapping[str, Any]:
    """A note's properties, parsed again from its text (TextSource asks on first use)."""
    return dict(split_front_matter(text).properties)


def lossy_enabled(config: Config) -> bool:
    """`[fix] lossy = true`: lossy mojibake repairs (lost bytes become U+FFFD) are applied."""
    return config.section("fix").get("lossy", False) is True


def repair_text(text: str, *, lossy: bool = False) -> Repair:
    """The mojibake repair of a whole note (code blocks reported, never rewritten), every step
    verified: what verify and the other reading commands read, and exactly what `vaultkit fix`
    writes (with the same `lossy`). Clean text comes back unchanged without ftfy."""
    from vaultkit.ingest import mojibake

    if mojibake.looks_clean(text):
        return mojibake.Repair(text, (), ())
    code_ranges = scan_markdown(text, split_front_matter(text).body_line).code_ranges
    return mojibake.repair_document(text, code_ranges=code_ranges, lossy=lossy)


def _extract_claims(text: str, properties: dict[str, object], code_ranges: Sequence[tuple[int, int]]) -> tuple[object, ...]:
    from vaultkit.claims import extract_claims

    return tuple(extract_claims(text, properties=properties, code_ranges=code_ranges))


def _dedup_features(note: Note, config: Config) -> object:
    """The duplicate layers' per-note features (cached with the note, so warm runs skip them)."""
    from vaultkit.dedup.features import note_features
    from vaultkit.dedup.options import DedupOptions

    return note_features(note.body, DedupOptions.from_config(config))


def _decoding_findings(path: str, decoded: Decoded) -> list[Finding]:
    """What decoding the bytes found: a byte-order mark, UTF-16, a legacy code page, bad bytes."""
    if decoded.problem == "bom":
        return [core_rules.BOM.finding(path, 1, 1, "note starts with a UTF-8 byte-order mark", key="bom")]
    if decoded.problem == "utf-16":
        bom = "" if decoded.encoding == "utf-16" else " without a byte-order mark"
        message = f"note is UTF-16{bom}; Obsidian expects UTF-8 (re-save it as UTF-8)"
        return [core_rules.LEGACY.finding(path, 1, 1, message, key="utf-16")]
    if decoded.problem == "legacy":
        message = f"note is not UTF-8; read as {decoded.encoding} (re-save it as UTF-8)"
        return [core_rules.LEGACY.finding(path, 1, 1, message, key="legacy")]
    if decoded.problem == "invalid-utf8":
        return list(encoding_rules.invalid_utf8_findings(path, decoded.invalid))
    return []


def parse_note(path: str, data: bytes, config: Config) -> NoteResult:
    """Decode, repair, split front matter, scan Markdown, extract claims, run note rules."""
    decoded = decode_bytes(data)
    if decoded.text is None:
        message = (
            "file is binary (a binary format, or mostly NUL, control and non-UTF-8 bytes), not a note; skipped"
            if decoded.encoding == "binary"
            else "starts with a UTF-16 byte-order mark but cannot be decoded as UTF-16; skipped"
        )
        return NoteResult(None, (core_rules.BINARY.finding(path, 1, 1, message, key="binary"),))
    findings = _decoding_findings(path, decoded)
    text = decoded.text
    if not text.strip():
        findings.append(core_rules.EMPTY.finding(path, 1, 1, "note is empty", key="empty"))

    repair = repair_text(text, lossy=lossy_enabled(config))
    repaired_text, regions = repair.text, repair.regions
    fm = split_front_matter(repaired_text)
    for problem in fm.problems:
        kinds = {"yaml": core_rules.INVALID_YAML, "not-mapping": core_rules.INVALID_YAML, "unterminated": core_rules.UNTERMINATED}
        rule = kinds.get(problem.kind, core_rules.YAML_LIMITS)
        findings.append(rule.finding(path, problem.line, problem.column, str(problem), key=problem.kind))
    scan = scan_markdown(repaired_text, fm.body_line)
    props = dict(fm.properties)
    aliases = tuple(as_string_list(props.get("aliases", props.get("alias"))))
    fm_tags = tuple(Tag(t.lstrip("#"), 1, 1, "frontmatter") for t in as_string_list(props.get("tags")))
    links = (*scan_front_matter_links(repaired_text, fm.end_line), *scan.links)
    content_hash = hashlib.sha256(data).hexdigest()
    repaired = repaired_text != text
    source = TextSource(
        repaired_text,
        content_hash=content_hash,
        properties=props,
        parse=front_matter_properties,
        rebuildable=decoded.encoding == "utf-8" and not repaired,
    )
    note = Note(
        path=path,
        source=source,
        body_line=fm.body_line,
        links=links,
        headings=scan.headings,
        block_ids=scan.block_ids,
        tags=fm_tags + scan.tags,
        footnotes=scan.footnotes,
        aliases=aliases,
        code_ranges=scan.code_ranges,
        suppressions=scan.suppressions,
        content_hash=content_hash,
        encoding=decoded.encoding,
        size=len(data),
        repaired=repaired,
        repair_regions=regions,
    )
    try:
        claims = _extract_claims(repaired_text, props, scan.code_ranges)
    except Exception as exc:  # noqa: BLE001 - one note's failure never stops the run
        findings.append(INTERNAL.finding(path, 1, 1, f"claim extraction failed: {type(exc).__name__}: {exc}"))
    else:
        kept = []
        for c in claims:  # one claim reader's bug on one sentence: the note's other claims stand
            if isinstance(c, Claim) and c.shape == SHAPE_FAILED:
                findings.append(INTERNAL.finding(path, c.line, c.column, f"claim extraction failed: {c.explanation}"))
            else:
                kept.append(c)
        note = replace(note, claims=tuple(kept))
    if duplicates_enabled(config):  # hook runs skip them: computing them loads numpy
        try:
            note = replace(note, dedup=_dedup_features(note, config))
        except Exception as exc:  # noqa: BLE001
            findings.append(INTERNAL.finding(path, 1, 1, f"duplicate features failed: {type(exc).__name__}: {exc}"))
    findings.extend(run_note_rules(note, config))
    return NoteResult(note, tuple(findings))


# CPU seconds one note may take (a VK000 finding past it: every scanner is meant to be linear);
# VAULTKIT_NOTE_BUDGET overrides (0: no budget).
NOTE_BUDGET_S = 10.0


OVER_BUDGET = "checking this note took over"


class NoteOverBudget(BaseException):
    """Raised by the CPU timer inside parse_note; a BaseException, so no `except Exception`
    around one step (claims, duplicate features) swallows it and goes on with the note."""


def note_budget() -> float:
    try:
        return float(os.environ.get("VAULTKIT_NOTE_BUDGET", NOTE_BUDGET_S))
    except ValueError:
        return NOTE_BUDGET_S


def parse_note_bounded(path: str, data: bytes, config: Config, budget: float | None = None) -> NoteResult:
    """parse_note under a per-note CPU budget (ITIMER_PROF on POSIX, in the main thread of the
    worker or of a one-job run); a note over it gives a VK000 finding (please report the note's
    shape) and no note, and the run goes on. Where no CPU timer can be set (Windows, another thread) it runs unbounded."""
    seconds = note_budget() if budget is None else budget
    timer = getattr(signal, "ITIMER_PROF", None)
    if seconds <= 0 or timer is None or threading.current_thread() is not threading.main_thread():
        return parse_note(path, data, config)

    def expired(signum: int, frame: object) -> None:
        raise NoteOverBudget

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(timer, seconds)
    try:
        return parse_note(path, data, config)
    except NoteOverBudget:
        return NoteResult(None, (INTERNAL.finding(path, 1, 1, f"{OVER_BUDGET} {seconds:g} s of CPU; skipped", key="budget"),))
    finally:
        signal.setitimer(timer, 0)
        signal.signal(signal.SIGPROF, previous)


def run_note_rules(note: Note, config: Config) -> list[Finding]:
    """The enabled note-scope rules on one note."""
    return check_rules(enabled_rules(config, scope="note"), note, config, where=note.path)
