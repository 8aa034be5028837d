"""The records passed between stages: frozen dataclasses, complete when built."""

from __future__ import annotations

import enum
import hashlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

if TYPE_CHECKING:
    from vaultkit.config import Config


# The records are plain frozen dataclasses without __slots__: slotted dataclasses unpickle
# through a Python-level __setstate__, which made a warm 10k-note run 3x slower. (Caches on disk
# hold them as vaultkit.codec records, rebuilt from their field values; pickle only carries them
# between vaultkit's own processes.)


class Severity(enum.IntEnum):
    """How bad a finding is. Only ERROR makes `verify` exit 1."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r}: use error, warning or info") from None


LinkKind = Literal["wikilink", "markdown"]


@dataclass(frozen=True)
class Link:
    """One link or embed as written in a note.

    `target` is the path part, trimmed, before the first `#` and `|` ("" for `[[#Heading]]`).
    `line`/`column` are 1-based positions of the opening `[[`, `![[` or `[` in the original file
    (front matter included).
    """

    target: str
    line: int
    column: int
    kind: LinkKind = "wikilink"
    embed: bool = False
    heading: str | None = None
    block: str | None = None
    alias: str | None = None
    raw: str = ""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int
    line: int
    column: int = 1


@dataclass(frozen=True)
class BlockId:
    id: str
    line: int
    column: int


@dataclass(frozen=True)
class Tag:
    """A tag without its `#`; `source` is "body" or "frontmatter"."""

    name: str
    line: int
    column: int
    source: Literal["body", "frontmatter"] = "body"


@dataclass(frozen=True)
class Footnote:
    label: str
    line: int
    column: int
    definition: bool


@dataclass(frozen=True)
class Suppression:
    """`<!-- vaultkit-disable-next-line VK301 -->`: `rules` empty means every rule."""

    line: int  # the line the suppression applies to
    rules: frozenset[str]


@dataclass(frozen=True)
class Finding:
    """One problem, complete when built. Sorted by (path, line, column, rule)."""

    path: str
    line: int
    column: int
    rule: str
    message: str
    severity: Severity
    name: str = ""
    # A line-independent identity used by baselines and SARIF partialFingerprints.
    key: str = ""
    # "Did you mean" (link rules): the link rewritten to reach its likely target, the vault path
    # it reaches, and the length of the link as written at line:column (SARIF fixes' region).
    suggestion: str = ""
    suggested_path: str = ""
    span: int = 0

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)

    @property
    def fingerprint(self) -> str:
        basis = "\x1f".join((self.path, self.rule, self.key or self.message))
        return hashlib.sha256(basis.encode("utf-8", "surrogateescape")).hexdigest()[:32]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "fingerprint": self.fingerprint,
        } | ({"suggestion": {"link": self.suggestion, "path": self.suggested_path}} if self.suggestion else {})


class NoteChanged(RuntimeError):
    """A note's file no longer holds the bytes it was checked with (edited during the run).
    No longer raised when a note's text is read again (TextSource takes the file as it now is
    and records it: changed_notes); kept for callers that catch it."""


# Notes whose file changed or vanished between the run's first read and a later read of their
# text (absolute file → what happened), in this process; see _read_current.
_CHANGED: dict[str, str] = {}
# Reads of a changed file before its newest bytes are taken: an editor saving in place
# truncates and then writes, so a read may catch the file half-written; the bytes are taken
# once two reads in a row agree (or the note holds its old bytes again), else the last read.
REREAD_ATTEMPTS = 3
CHANGED_RETRY_LIMIT = 100


PropertiesParser = Callable[[str], Mapping[str, Any]]
_T = TypeVar("_T")


class Deferred(Sequence[_T]):
    """A read-only sequence built by `make` on first use and then kept: a context note's headings
    and block ids (store.context), decoded only for the few notes a rule looks into (a hook run
    hands the rules ~2,000 context notes on a 10k-note vault; decoding all of them cost 0.15 s)."""

    __slots__ = ("_items", "_make")

    def __init__(self, make: Callable[[], tuple[_T, ...]]) -> None:
        self._make: Callable[[], tuple[_T, ...]] | None = make
        self._items: tuple[_T, ...] = ()

    def _get(self) -> tuple[_T, ...]:
        if self._make is not None:
            self._items, self._make = self._make(), None
        return self._items

    @overload
    def __getitem__(self, index: int) -> _T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[_T]: ...
    def __getitem__(self, index: int | slice) -> _T | Sequence[_T]:
        return self._get()[index]

    def __len__(self) -> int:
        return len(self._get())

    def __iter__(self) -> Iterator[_T]:
        return iter(self._get())


class TextSource:
    """Where a note's text (and its front-matter properties) comes from: held in memory, decoded
    from the file's UTF-8 bytes, or read again from the file (checked against the note's content
    hash), on first use. A warm 10k-note run restores notes from the cache without their text
    (decoding 100 MB costs 0.3 s, and most vault rules never read it); research notes carry
    kilobytes of front matter, so properties are parsed again from the text only when a rule
    asks. The note record holding a TextSource never changes; the source remembers what it
    computed. A source made by `unavailable` (a context note of a focus run) has neither."""

    __slots__ = ("_file", "_hash", "_parse", "_props", "_raw", "_text", "rebuildable")

    def __init__(
        self,
        text: str | None = None,
        *,
        raw: bytes | None = None,
        file: str | None = None,
        content_hash: str = "",
        properties: Mapping[str, Any] | None = None,
        parse: PropertiesParser | None = None,
        rebuildable: bool = False,
    ) -> None:
        self._text = text
        self._raw = raw
        self._file = file
        self._hash = content_hash
        self._props = properties
        self._parse = parse
        # The text is the file's bytes as UTF-8: a cache entry need not hold it.
        self.rebuildable = rebuildable

    @classmethod
    def unavailable(cls) -> TextSource:
        return cls()

    def text(self) -> str:
        if self._text is None:
            raw = self._raw
            state = ""
            if raw is None and self._file is not None:
                raw, state = _read_current(self._file, self._hash)
            if raw is None:
                raise AttributeError("this note's text was not read (a context note of a focus run)")
            # A note rebuilt from its file is UTF-8; a file changed meanwhile may not be.
            self._text = raw.decode("utf-8", errors="replace" if state else "strict")
            self._raw = None
        return self._text

    def properties(self) -> Mapping[str, Any]:
        if self._props is None:
            if self._parse is None:
                raise AttributeError("this note's properties were not read (a context note of a focus run)")
            self._props = self._parse(self.text())
        return self._props

    def to_cache(self) -> str | None:
        """What a cache entry keeps: the text, or None when it is rebuilt from the file."""
        return None if self.rebuildable else self.text()

    def held_text(self) -> str | None:
        """The text when it is in memory (None: still to be decoded or read)."""
        return self._text

    @property
    def has_properties(self) -> bool:
        """Whether the properties were parsed (or given) already."""
        return self._props is not None

    def attach(self, *, raw: bytes | None = None, file: str | None = None, content_hash: str, parse: PropertiesParser) -> None:
        """Complete a source that came out of a cache entry or a worker (engine.load, before anyone
        reads the note): its text as held, else decoded from `raw` or read from `file` on first
        use. The source is completed in place rather than the note copied: copying 10k notes
        added ~0.3 s of CPU to a warm 10k-note load (benchmarks/RESULTS.md, issue 14)."""
        self._hash = content_hash
        self._parse = parse
        if self._text is None or self.rebuildable:
            self._text, self._raw, self._file = None, raw, file

    def __reduce__(self) -> tuple[Any, ...]:
        # Between vaultkit's own processes: the text as held (or the bytes), never a file handle.
        return (_rebuild_source, (self._text, self._raw, self._file, self._hash, self._parse, self.rebuildable))


def _rebuild_source(
    text: str | None, raw: bytes | None, file: str | None, content_hash: str, parse: PropertiesParser | None, rebuildable: bool
) -> TextSource:
    return TextSource(text, raw=raw, file=file, content_hash=content_hash, parse=parse, rebuildable=rebuildable)


def _read_bytes(file: str) -> bytes | None:
    """The file's bytes; None when it is gone or can no longer be read (its permissions taken
    away during the run)."""
    try:
        with open(file, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _read_current(file: str, content_hash: str) -> tuple[bytes, str]:
    """The note's bytes as checked, read again; when the file changed meanwhile (an editor
    saved it, a sync rewrote it), its bytes as they now are: read again at once, and while two
    reads in a row differ (a save in progress) up to REREAD_ATTEMPTS times with short pauses
    (15 ms in all), and the change is recorded (changed_notes). Past CHANGED_RETRY_LIMIT
    changed notes in one process (a checkout under a running command) the first read is taken.
    A vanished or no longer readable file reads as no bytes. Returns the bytes and ""
    (unchanged), "changed", "deleted" or "unreadable"."""
    import time

    data = _read_bytes(file)
    if data is not None and hashlib.sha256(data).hexdigest() == content_hash:
        return data, ""
    attempts = REREAD_ATTEMPTS if len(_CHANGED) < CHANGED_RETRY_LIMIT else 0
    for attempt in range(attempts):
        if attempt:
            time.sleep(0.005 * 2 ** (attempt - 1))
        again = _read_bytes(file)
        if again is not None and hashlib.sha256(again).hexdigest() == content_hash:
            return again, ""
        if again == data:
            break  # two reads agree: the file as it now is
        data = again
    state = "changed" if data is not None else "deleted" if not os.path.lexists(file) else "unreadable"
    _CHANGED[file] = state
    return data or b"", state


def changed_notes() -> dict[str, str]:
    """Files (absolute) whose text was read after they changed ("changed"), vanished
    ("deleted") or became unreadable ("unreadable") during this process's run: their findings
    may come from either version."""
    return dict(_CHANGED)


def forget_changed_notes() -> None:
    _CHANGED.clear()


@dataclass(frozen=True)
class Note:
    """A note read as Obsidian reads it.

    `text` is the whole decoded and repaired file (front matter included) so that every
    position refers to the original file's lines; it and `properties` come from `source`
    (TextSource) on first use. `body_line` is the 1-based line where the body starts (1 when
    there is no front matter).
    """

    path: str  # vault-relative, POSIX separators, as on disk
    source: TextSource
    body_line: int
    links: tuple[Link, ...]
    headings: Sequence[Heading]  # a tuple; Deferred for a context note
    block_ids: Sequence[BlockId]
    tags: tuple[Tag, ...]
    footnotes: tuple[Footnote, ...]
    aliases: tuple[str, ...]
    # 1-based inclusive line ranges of fenced/indented code blocks and %% comment blocks.
    code_ranges: tuple[tuple[int, int], ...]
    suppressions: tuple[Suppression, ...]
    content_hash: str  # sha256 of the raw bytes
    encoding: str
    size: int  # bytes on disk
    repaired: bool = False
    # Mojibake regions found and repaired (vaultkit.ingest.mojibake.Region), for VK111/VK112.
    repair_regions: tuple[Any, ...] = field(default=())
    # Numeric sizing claims (vaultkit.claims.model.Claim).
    claims: tuple[Any, ...] = field(default=())
    # What the duplicate layers compare (vaultkit.dedup.features.NoteFeatures), or None.
    dedup: Any = None

    @property
    def text(self) -> str:
        return self.source.text()

    @property
    def properties(self) -> Mapping[str, Any]:
        return self.source.properties()

    @property
    def name(self) -> str:
        """The file name without `.md`: what `[[name]]` matches."""
        base = self.path.rsplit("/", 1)[-1]
        return base[:-3] if base.lower().endswith(".md") else base

    @property
    def body(self) -> str:
        if self.body_line <= 1:
            return self.text
        parts = self.text.split("\n", self.body_line - 1)
        return parts[-1] if len(parts) == self.body_line else ""


@dataclass(frozen=True)
class VaultIndex:
    """Every note of a vault, read. Vault-scope rules see only this."""

    root: Path
    notes: tuple[Note, ...]
    files: tuple[str, ...]
    config: Config
    findings: tuple[Finding, ...] = ()  # per-note and discovery findings
    use_cache: bool = False  # vault-level results may be cached in .vaultkit/cache too
    # sha256 (hex) of the bytes read of every note file, binary ones included; `complete` is
    # False when some note could not be read or was skipped (then no run digest is taken).
    hashes: Mapping[str, str] = field(default_factory=dict)
    complete: bool = False

    def note(self, path: str) -> Note | None:
        for n in self.notes:
            if n.path == path:
                return n
        return None
