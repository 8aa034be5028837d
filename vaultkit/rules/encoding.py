"""Rules about text damaged by a wrong decode somewhere upstream (mojibake, bytes that are not UTF-8)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from vaultkit.config import Config
from vaultkit.model import Finding, Note, Severity
from vaultkit.rules.base import Example, Option, declare, rule

_RUSSIAN = "Квантование хранит каждый вес модели в меньшем числе бит, и память под веса уменьшается в четыре раза."
_ENGLISH = "The bug—it’s in the cache layer, not in the model’s weights; see the notes on memory."
_MAC_ROMAN = _RUSSIAN.encode("utf-8").decode("mac_roman")
_CP1252 = _ENGLISH.encode("utf-8").decode("cp1252")
_LOSSY = "The â€œcacheâ€\ufffd is full, and the modelâ€™s weights stay."

LOSSY_OPTION = Option(
    "lossy",
    bool,
    False,
    "apply lossy mojibake repairs (bytes already lost become U+FFFD) when reading and in `vaultkit fix`",
    "fix",
)


@rule(
    "VK111",
    "mojibake",
    scope="note",
    severity=Severity.ERROR,
    options=(LOSSY_OPTION,),
    examples=(
        Example.failing(f"# Note\n\n{_MAC_ROMAN}\n"),
        Example.failing(f"# Note\n\n{_CP1252}\n"),
        Example.failing(f"# Note\n\n{_LOSSY}\n"),
        Example.passing(f"# Note\n\n{_RUSSIAN}\n"),
        Example.passing(f"# Note\n\nThe example `{_CP1252[:12]}` shows the damage.\n"),
    ),
)
def check_mojibake(note: Note, config: Config) -> Iterator[Finding]:
    """Text was damaged by decoding UTF-8 with the wrong encoding, and can be repaired.

    vaultkit checks the repaired text (links, claims, duplicates); `vaultkit fix` writes exactly
    that text: both run the same repair, which keeps a change only when each span it changes,
    damaged again the same way, gives back the original. A lossy repair (bytes already lost,
    shown as U+FFFD: `â€�`) is reported as lossy and applied only with `vaultkit fix --lossy`
    or `[fix] lossy = true`. Mojibake inside code, math, links and URLs is an example, left
    alone and not reported.
    Failing: `–ö–≤–∞–Ω—Ç` (UTF-8 read as Mac Roman) or `bugâ€”it's` (read as Windows-1252).
    Passing: `Квант`, `bug—it's`.
    """
    applied = config.section("fix").get("lossy", False) is True
    for region in note.repair_regions:
        if region.in_code:
            continue
        span = (
            f"line {region.start_line}"
            if region.start_line == region.end_line
            else f"lines {region.start_line}-{region.end_line}"
        )
        how = "`vaultkit fix --lossy` repairs it" if region.lossy and not applied else "`vaultkit fix` repairs it"
        yield check_mojibake.finding(
            note.path,
            region.start_line,
            1,
            f"mojibake: {region.description}, {span}; {how}",
            key=f"mojibake:{region.description}",
        )


@rule(
    "VK112",
    "mojibake-in-code",
    scope="note",
    severity=Severity.WARNING,
    default_enabled=False,
    examples=(
        Example.failing(f"{_RUSSIAN}\n\n```\nprint('{_MAC_ROMAN}')\n```\n\n{_RUSSIAN}\n"),
        Example.passing(f"{_RUSSIAN}\n\n```\nprint('{_RUSSIAN}')\n```\n\n{_RUSSIAN}\n"),
    ),
)
def check_mojibake_in_code(note: Note, config: Config) -> Iterator[Finding]:
    """A code block holds text that looks like mojibake (off by default); never rewritten.

    Code usually holds such sequences on purpose (an example of the damage), so VK111 and
    `vaultkit fix` leave it alone; select VK112 to list it, and repair it by hand.
    """
    for region in note.repair_regions:
        if region.in_code:
            yield check_mojibake_in_code.finding(
                note.path,
                region.start_line,
                1,
                f"possible mojibake in a code block ({region.description}), "
                f"lines {region.start_line}-{region.end_line}; not rewritten",
                key="mojibake-in-code",
            )


_MAX_REPORTED = 20
_BAD_UTF8 = "Привет мир: заметка о памяти модели.\n".encode().replace(b" ", b" \xff", 1)

INVALID_UTF8_RULE = declare(
    "VK113",
    "invalid-utf8",
    severity=Severity.ERROR,
    family="encoding",
    examples=(Example.failing(_BAD_UTF8), Example.passing(_BAD_UTF8.replace(b"\xff", b""))),
    doc="""A UTF-8 note holds a few bytes that are not UTF-8 (a stray or cut byte); each is reported.

    The note is read as UTF-8 with each bad byte shown as U+FFFD, never re-encoded from a code
    page, and `vaultkit fix` does not rewrite it: remove or retype the bytes by hand. The finding
    names the bytes and where the decoder found them.
    Failing: `Привет\\xff мир` (a stray 0xFF in UTF-8 text). Passing: `Привет мир`.
    """,
)


def invalid_utf8_findings(path: str, invalid: Sequence[tuple[int, int, bytes]]) -> Iterator[Finding]:
    """VK113 for each run of bytes the decoder found not to be UTF-8 (ingest.decode: line,
    column and the bytes), at most _MAX_REPORTED, then one finding counting the rest."""
    for line, column, bad in invalid[:_MAX_REPORTED]:
        shown = " ".join(f"0x{b:02X}" for b in bad[:8]) + (" …" if len(bad) > 8 else "")
        what = "byte" if len(bad) == 1 else f"{len(bad)} bytes"
        message = f"{what} {shown} not valid UTF-8 here (shown as U+FFFD); the note is left as it is"
        yield INVALID_UTF8_RULE.finding(path, line, column, message, key="invalid-utf8")
    if len(invalid) > _MAX_REPORTED:
        line, column, _ = invalid[_MAX_REPORTED]
        message = f"{len(invalid) - _MAX_REPORTED} more runs of bytes that are not UTF-8"
        yield INVALID_UTF8_RULE.finding(path, line, column, message, key="invalid-utf8")


RULES = (check_mojibake, check_mojibake_in_code, INVALID_UTF8_RULE)
