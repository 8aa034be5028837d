"""Rules about text damaged by a wrong decode somewhere upstream (mojibake, bytes that are not UTF-8)."""

from __future__ import annotations

from collections.abc import Iterator

from vaultkit.config import Config
from vaultkit.ingest.decode import INVALID_UTF8
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


_MAX_REPORTED = 20


@rule("VK113", "invalid-utf8", scope="note", severity=Severity.ERROR)
def check_invalid_utf8(note: Note, config: Config) -> Iterator[Finding]:
    """A UTF-8 note holds a few bytes that are not UTF-8 (a stray or cut byte); each is reported.

    The note is read as UTF-8 with each bad byte shown as U+FFFD, never re-encoded from a code
    page, and `vaultkit fix` does not rewrite it: remove or retype the bytes by hand.
    Failing: `Привет\\xff мир` (a stray 0xFF in UTF-8 text). Passing: `Привет мир`.
    """
    if note.encoding != INVALID_UTF8:
        return
    runs = _replacement_runs(note.text)
    for line, column, length in runs[:_MAX_REPORTED]:
        what = "byte" if length == 1 else f"{length} bytes"
        message = f"{what} not valid UTF-8 here (shown as U+FFFD); the note is left as it is"
        yield check_invalid_utf8.finding(note.path, line, column, message, key="invalid-utf8")
    if len(runs) > _MAX_REPORTED:
        line, column, _ = runs[_MAX_REPORTED]
        message = f"{len(runs) - _MAX_REPORTED} more runs of bytes that are not UTF-8"
        yield check_invalid_utf8.finding(note.path, line, column, message, key="invalid-utf8")


def _replacement_runs(text: str) -> list[tuple[int, int, int]]:
    """(line, column, length) of each run of U+FFFD: where the decoder put the bad bytes."""
    runs: list[tuple[int, int, int]] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        start = line.find("\ufffd")
        while start >= 0:
            end = start
            while end < len(line) and line[end] == "\ufffd":
                end += 1
            runs.append((lineno, start + 1, end - start))
            start = line.find("\ufffd", end)
    return runs


RULES = (check_mojibake, check_mojibake_in_code, check_invalid_utf8)
