"""The records passed between stages: frozen dataclasses, complete when built."""

from __future__ import annotations

import copy
import enum
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal


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

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)

    @property
    def fingerprint(self) -> str:
        basis = "\x1f".join((self.path, self.rule, self.key or self.message))
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]

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
        }


class NoteChanged(RuntimeError):
    """A note's file no longer holds the bytes it was checked with (edited during the run)."""


def _read_unchanged(file: Any, content_hash: str) -> bytes:
    with open(file, "rb") as handle:
        data = handle.read()
    if hashlib.sha256(data).hexdigest() != content_hash:
        raise NoteChanged(f"{file}: changed while vaultkit was reading the vault; run it again")
    return data


@dataclass(frozen=True)
class Note:
    """A note read as Obsidian reads it.

    `text` is the whole decoded and repaired file (front matter included) so that every
    position refers to the original file's lines. `body_line` is the 1-based line where the
    body starts (1 when there is no front matter).
    """

    path: str  # vault-relative, POSIX separators, as on disk
    text: str
    body_line: int
    properties: Mapping[str, Any]
    links: tuple[Link, ...]
    headings: tuple[Heading, ...]
    block_ids: tuple[BlockId, ...]
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

    def __getattr__(self, attr: str) -> Any:
        # A note restored from the cache may carry its raw bytes instead of its text (when the
        # text is just those bytes as UTF-8): decoding 100 MB costs 0.3 s, and most vault rules
        # never read the text. It is decoded on first access and kept. Its properties, likewise,
        # are parsed again from the text on first access: research notes carry kilobytes of
        # front matter (half of a 10k-note cache), and only a few vault rules read it.
        if attr == "text":
            raw = self.__dict__.get("_raw")
            if raw is None and "_file" in self.__dict__:
                raw = _read_unchanged(self.__dict__["_file"], self.content_hash)
            if raw is not None:
                text = raw.decode("utf-8")
                object.__setattr__(self, "text", text)
                return text
        elif attr == "properties" and ({"_raw", "_file", "text"} & self.__dict__.keys()):
            from vaultkit.ingest.frontmatter import split_front_matter

            props = dict(split_front_matter(self.text).properties)
            object.__setattr__(self, "properties", props)
            return props
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {attr!r}")

    def with_lazy_text(self, raw: bytes) -> Note:
        """This note, given its text to decode from `raw` (UTF-8) on first access. The note is
        completed in place, not copied: it is always one just decoded or parsed, held by no one
        else (copying 10k notes cost more than unpickling them)."""
        self.__dict__.pop("text", None)
        object.__setattr__(self, "_raw", raw)
        return self

    def with_lazy_file(self, file: Any) -> Note:
        """This note, its text to be read from `file` on first access (in place, as
        with_lazy_text); the bytes read must still have the note's content hash."""
        self.__dict__.pop("text", None)
        object.__setattr__(self, "_file", file)
        return self

    def without_text(self) -> Note:
        """This note without its text and properties, for a cache entry (see with_lazy_text):
        both are rebuilt from the file's bytes on first access."""
        twin = copy.copy(self)
        for attr in ("text", "_raw", "_file", "properties"):
            twin.__dict__.pop(attr, None)
        return twin

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
