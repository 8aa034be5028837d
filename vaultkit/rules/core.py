"""Rules about reading a note: encoding, front matter, properties."""

from __future__ import annotations

from collections.abc import Iterator

from vaultkit.config import Config
from vaultkit.ingest.frontmatter import as_datetime, as_string_list
from vaultkit.model import Finding, Note, Severity
from vaultkit.rules.base import Example, declare, rule

_RUSSIAN = "Квантование хранит каждый вес модели в меньшем числе бит, и память под веса уменьшается в четыре раза.\n"
_BOMB = (
    "---\n"
    + "\n".join(f"k{i}: &a{i} [x]" for i in range(120))
    + "\n"
    + "\n".join(f"r{i}: *a{i}" for i in range(120))
    + "\n---\nbody\n"
)

INTERNAL = declare(
    "VK000",
    "internal-error",
    severity=Severity.ERROR,
    doc="""vaultkit failed on this note, a rule, or one sentence's claim reader (a bug; the finding stands at that
sentence, and the note's other claims are still checked). The run goes on; please report it.""",
)
UNREADABLE = declare(
    "VK100",
    "unreadable-file",
    severity=Severity.ERROR,
    doc="""A file in the vault cannot be read (permissions, a symlink loop, a broken symlink).

    The run goes on without it; nothing is written. Fix the permissions or remove the link. An
    unreadable note still exists: links to it are not broken. Warnings, not errors: a note
    deleted while vaultkit was reading the vault, and a symlinked folder left out as Obsidian
    leaves it out (a link to a folder inside the vault, or a second link to one folder).
    """,
)
BINARY = declare(
    "VK101",
    "binary-file",
    severity=Severity.WARNING,
    examples=(Example.failing(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Example.passing("# A note\n")),
    doc="""A `.md` file is binary, not a note, and is skipped: a binary format, or mostly NUL, control and non-UTF-8 bytes.

    A note with a few NUL bytes (a pasted PDF stream) is still read as a note, and UTF-16 text
    without a byte-order mark is read as UTF-16 (VK104).

    Failing: a `.md` file that is really an image or a database. Passing: any text note.
    """,
)
EMPTY = declare(
    "VK102",
    "empty-note",
    severity=Severity.INFO,
    examples=(Example.failing(""), Example.failing(" \n\n"), Example.passing("# A note\n")),
    doc="""A note is empty (zero bytes or only whitespace).

    Failing: a 0-byte `Untitled.md`. Passing: a note with any content.
    """,
)
BOM = declare(
    "VK103",
    "utf8-bom",
    severity=Severity.WARNING,
    examples=(Example.failing(b"\xef\xbb\xbf---\ntitle: x\n---\nbody\n"), Example.passing("---\ntitle: x\n---\nbody\n")),
    doc="""A note starts with a UTF-8 byte-order mark, which can hide its front matter from tools.

    Failing: bytes `EF BB BF` before `---`. Passing: plain UTF-8.
    """,
)
LEGACY = declare(
    "VK104",
    "legacy-encoding",
    severity=Severity.ERROR,
    examples=(Example.failing(_RUSSIAN.encode("cp1251")), Example.failing(_RUSSIAN.encode("utf-16")), Example.passing(_RUSSIAN)),
    doc="""A note is not UTF-8 (UTF-16, or a legacy code page such as cp1251 or KOI8-R).

    Obsidian reads notes as UTF-8 and shows such a file as garbage. The finding names the
    detected encoding; vaultkit reads the note with it so the other checks still run.
    Failing: Russian text saved as cp1251 bytes. Passing: the same text saved as UTF-8.
    """,
)
INVALID_YAML = declare(
    "VK105",
    "invalid-front-matter",
    severity=Severity.ERROR,
    examples=(Example.failing("---\ntags: [a, b\n---\nbody\n"), Example.passing("---\ntags: [a, b]\n---\nbody\n")),
    doc="""The front matter is not valid YAML (or not a mapping); Obsidian ignores its properties.

    Failing: `---\\ntags: [a, b\\n---`. Passing: `---\\ntags: [a, b]\\n---`.
    The body is still checked.
    """,
)
UNTERMINATED = declare(
    "VK106",
    "unterminated-front-matter",
    severity=Severity.ERROR,
    examples=(Example.failing("---\ntitle: x\nbody\n"), Example.passing("---\ntitle: x\n---\nbody\n")),
    doc="""The note opens front matter with `---` on line 1 and never closes it.

    Obsidian then shows the whole file as text and has no properties for it.
    Failing: `---\\ntitle: x\\nbody`. Passing: `---\\ntitle: x\\n---\\nbody`.
    """,
)
YAML_LIMITS = declare(
    "VK107",
    "unsafe-front-matter",
    severity=Severity.ERROR,
    examples=(Example.failing(_BOMB), Example.passing("---\nbase: &b [x]\ncopy: *b\n---\nbody\n")),
    doc="""The front matter exceeds vaultkit's safety limits (YAML alias bombs, over 1 MB,
    over 50,000 values once aliases are expanded).

    It is not loaded. Failing: nested `&a`/`*a` aliases that expand exponentially.
    """,
)


@rule(
    "VK108",
    "hash-in-property-tag",
    scope="note",
    severity=Severity.WARNING,
    examples=(Example.failing('---\ntags: ["#ml"]\n---\nbody\n'), Example.passing("---\ntags: [ml]\n---\nbody #ml\n")),
)
def check_property_tags(note: Note, config: Config) -> Iterator[Finding]:
    """A tag in the `tags` property is written with `#`, which Obsidian does not expect there.

    Failing: `tags: ["#ml"]`. Passing: `tags: [ml]` (the `#` belongs only to inline tags).
    """
    for tag in as_string_list(note.properties.get("tags")):
        if tag.startswith("#"):
            yield check_property_tags.finding(
                note.path,
                _property_line(note, "tags"),
                1,
                f"tag {tag!r} in the `tags` property starts with '#'; write {tag.lstrip('#')!r}",
                key=tag,
            )


@rule(
    "VK109",
    "updated-before-created",
    scope="note",
    severity=Severity.WARNING,
    examples=(
        Example.failing("---\ncreated: 2025-09-06\nupdated: 2025-08-11\n---\nbody\n"),
        Example.passing("---\ncreated: 2025-08-11\nupdated: 2025-09-06\n---\nbody\n"),
    ),
)
def check_dates(note: Note, config: Config) -> Iterator[Finding]:
    """The `updated` property is earlier than `created`.

    Failing: `created: 2025-09-06`, `updated: 2025-08-11`. Passing: updated on or after created.
    """
    created = as_datetime(note.properties.get("created"))
    updated = as_datetime(note.properties.get("updated"))
    if created and updated and updated < created:
        yield check_dates.finding(
            note.path,
            _property_line(note, "updated"),
            1,
            f"`updated` ({updated:%Y-%m-%d}) is before `created` ({created:%Y-%m-%d})",
            key="updated<created",
        )


@rule(
    "VK001",
    "unknown-suppression",
    scope="note",
    severity=Severity.WARNING,
    examples=(
        Example.failing("<!-- vaultkit-disable-next-line VK999 -->\n[[Missing]]\n"),
        Example.passing("<!-- vaultkit-disable-next-line broken-link -->\n[[Missing]]\n"),
    ),
)
def check_suppressions(note: Note, config: Config) -> Iterator[Finding]:
    """A `vaultkit-disable…` comment names a rule that does not exist, so it suppresses nothing.

    Like ruff's unused-noqa: a typo in a suppression must not pass silently. A comment names
    rule ids (`VK301`), prefixes (`VK3`) or names (`broken-link`); the finding says the closest.
    Failing: `<!-- vaultkit-disable-next-line VK999 -->`. Passing: `… broken-link -->`.
    """
    if not note.suppressions:
        return
    from vaultkit.ingest.markdown import SUPPRESS_COMMENT, suppression_codes
    from vaultkit.rules import closest_code, resolve_code

    in_code = note.code_ranges
    for number, line in enumerate(note.text.split("\n"), start=1):
        if "vaultkit-" not in line or any(a < number < b for a, b in in_code):
            continue
        for m in SUPPRESS_COMMENT.finditer(line):
            for code in sorted(suppression_codes(m.group(2))):
                if resolve_code(code) is None:
                    yield check_suppressions.finding(
                        note.path,
                        number,
                        m.start() + 1,
                        f"vaultkit-{m.group(1)} names an unknown rule {code!r}{closest_code(code)}",
                        key=code,
                    )


def _property_line(note: Note, key: str) -> int:
    """The front-matter line where `key:` is set (1 when not found)."""
    prefix = key + ":"
    for number, line in enumerate(note.text.split("\n", note.body_line)[: note.body_line], start=1):
        if line.startswith(prefix):
            return number
    return 1


RULES = (
    INTERNAL,
    UNREADABLE,
    BINARY,
    EMPTY,
    BOM,
    LEGACY,
    INVALID_YAML,
    UNTERMINATED,
    YAML_LIMITS,
    check_property_tags,
    check_dates,
    check_suppressions,
)
