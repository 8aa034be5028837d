"""Rules about text damaged by a wrong decode somewhere upstream (mojibake)."""

from __future__ import annotations

from collections.abc import Iterator

from vaultkit.config import Config
from vaultkit.model import Finding, Note, Severity
from vaultkit.rules.base import rule


@rule("VK111", "mojibake", scope="note", severity=Severity.ERROR)
def check_mojibake(note: Note, config: Config) -> Iterator[Finding]:
    """Text was damaged by decoding UTF-8 with the wrong encoding, and can be repaired.

    vaultkit checks the repaired text (links, claims, duplicates); `vaultkit fix` writes it.
    Failing: `–ö–≤–∞–Ω—Ç` (UTF-8 read as Mac Roman) or `bugâ€”it's` (read as Windows-1252).
    Passing: `Квант`, `bug—it's`.
    """
    for region in note.repair_regions:
        if region.in_code:
            continue
        span = f"line {region.start_line}" if region.start_line == region.end_line else f"lines {region.start_line}-{region.end_line}"
        yield check_mojibake.finding(
            note.path, region.start_line, 1, f"mojibake: {region.description}, {span}; `vaultkit fix` repairs it", key=f"mojibake:{region.description}"
        )


@rule("VK112", "mojibake-in-code", scope="note", severity=Severity.WARNING)
def check_mojibake_in_code(note: Note, config: Config) -> Iterator[Finding]:
    """A code block holds text that looks like mojibake; it is reported, never rewritten.

    Code may hold such sequences on purpose (an example of the damage), so repair it by hand.
    """
    for region in note.repair_regions:
        if region.in_code:
            yield check_mojibake_in_code.finding(
                note.path, region.start_line, 1, f"possible mojibake in a code block ({region.description}), lines {region.start_line}-{region.end_line}; not rewritten", key="mojibake-in-code"
            )


RULES = (check_mojibake, check_mojibake_in_code)
