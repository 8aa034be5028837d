"""The context store: what a focus run needs of the notes it does not check.

`.vaultkit/cache/context.sqlite` holds, per note, the file's stat signature when it was read,
its content hash, and a Summary of what the focus rules read of a note outside the focus: its
aliases, headings and block ids, suppressions, keyed claims (VK405) and link targets. A key
table says which notes carry a name, link to a name, have an alias or state a quantity, so a
focus run loads the few summaries that can change its findings instead of 10,000 of them;
a hook run updates the rows of the notes it had to read, nothing else.

A note whose signature (size, mtime, ctime, inode) is unchanged is taken from the store; any
other is read and hashed as a full run reads it. No program can set a file's ctime, so a
rewritten file always shows a new signature; files changed in the two seconds before their
signature was taken get none (a second change within the timestamp granularity would not
show) and are read again next time. Full runs bring the store up to date with every note.

Summaries are stored as store.codec entries (data, never code: the store is the vault's, and
a vault is hostile input). A summary that does not decode to the expected shape is dropped from
the store, and the run that found it reads the whole vault instead. Each row carries two
digests (store.notes.seal): one of its signature and content hash, checked whenever the store
is consulted (a damaged row is a note to read again), one of its summary, checked when the
summary is used (a damaged one is treated as one that does not decode). The key table is not
sealed: a damaged key can only make a focus run load a summary more or one less.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from vaultkit import __version__
from vaultkit.graph import fold
from vaultkit.model import BlockId, Deferred, Heading, Note, Suppression, TextSource

STORE_FILE = "context.sqlite"
STORE_FORMAT = "5"  # 4: codec entries instead of pickles; 5: rows and summaries sealed
RACY_NS = 2_000_000_000
_SEP, _ITEM, _PART = "\x1f", "\x1e", "\x1d"
# Kinds of key rows: a name a note links to, the note's own name, an alias, a stated quantity.
LINKS_TO, NAMED, ALIAS, QUANTITY = 0, 1, 2, 3

Signature = tuple[int, int, int, int]


class Summary(NamedTuple):
    """A note as context. `is_note` is False for a `.md` file that is not a note (binary)."""

    content_hash: str
    is_note: bool
    aliases: tuple[str, ...]
    anchors: str  # packed headings and block ids (pack_anchors)
    suppressions: tuple[Suppression, ...]
    claims: tuple[tuple[int, int, int, str, str, float], ...]  # (line, column, end_line, span, key, value)
    targets: tuple[str, ...]  # distinct link targets, as written


# --- names -------------------------------------------------------------------------------------


def fold_name(text: str) -> str:
    """graph.fold, with a fast path for ASCII (where NFC changes nothing and casefold is lower)."""
    return text.lower() if text.isascii() else fold(text)


def link_keys(target: str) -> tuple[str, ...]:
    """The folded last path part of a link target (or of a path), with and without `.md`. A
    target can only resolve to a file whose own keys share one of these: graph.Resolver
    compares whole folded paths, path suffixes or names, and each implies equal last parts."""
    base = fold_name(target.rsplit("/", 1)[-1])
    return (base, base[:-3]) if base.endswith(".md") else (base,)


def wants(keys: frozenset[str] | set[str], target: str) -> bool:
    return not keys.isdisjoint(link_keys(target))


def _keys_of(path: str, summary: Summary) -> Iterator[tuple[int, str]]:
    for key in link_keys(path):
        yield NAMED, key
    for key in {k for t in summary.targets for k in link_keys(t)}:
        yield LINKS_TO, key
    for alias in summary.aliases:
        yield ALIAS, fold_name(alias.strip())
    for key in {row[4] for row in summary.claims}:
        yield QUANTITY, key


# --- summaries and context notes ---------------------------------------------------------------


def pack_anchors(headings: Iterable[Heading], blocks: Iterable[BlockId]) -> str:
    heads = _ITEM.join(f"{h.text}{_SEP}{h.level}{_SEP}{h.line}{_SEP}{h.column}" for h in headings)
    ids = _ITEM.join(f"{b.id}{_SEP}{b.line}{_SEP}{b.column}" for b in blocks)
    return heads + _PART + ids


def unpack_anchors(packed: str) -> tuple[tuple[Heading, ...], tuple[BlockId, ...]]:
    heads, _, ids = packed.partition(_PART)
    headings = []
    for item in heads.split(_ITEM) if heads else ():
        text, level, line, column = item.rsplit(_SEP, 3)
        headings.append(Heading(text, int(level), int(line), int(column)))
    blocks = []
    for item in ids.split(_ITEM) if ids else ():
        block, line, column = item.rsplit(_SEP, 2)
        blocks.append(BlockId(block, int(line), int(column)))
    return tuple(headings), tuple(blocks)


def summarise(note: Note) -> Summary:
    claims = tuple(
        (c.line, c.column, c.end_line, c.span, c.key, c.value)
        for c in note.claims
        if getattr(c, "key", "") and getattr(c, "value", None)
    )
    targets = tuple(dict.fromkeys(link.target for link in note.links))
    return Summary(
        note.content_hash, True, note.aliases, pack_anchors(note.headings, note.block_ids), note.suppressions, claims, targets
    )


def _tuple_of(value: Any, kind: type) -> bool:
    return isinstance(value, tuple) and all(isinstance(v, kind) for v in value)


def _claim_row(c: Any) -> bool:
    return (
        isinstance(c, tuple)
        and len(c) == 6
        and all(type(n) is int for n in c[:3])
        and isinstance(c[3], str)
        and isinstance(c[4], str)
        and isinstance(c[5], (int, float))
    )


def decode_summary(blob: Any) -> Summary:
    """A stored summary; CodecError when it is not one."""
    from vaultkit.store import codec

    fields = codec.decode(blob)
    if not (isinstance(fields, tuple) and len(fields) == len(Summary._fields)):
        raise codec.CodecError("not a summary")
    summary = Summary(*fields)
    ok = (
        isinstance(summary.content_hash, str)
        and type(summary.is_note) is bool
        and _tuple_of(summary.aliases, str)
        and isinstance(summary.anchors, str)
        and _tuple_of(summary.suppressions, Suppression)
        and _tuple_of(summary.targets, str)
        and isinstance(summary.claims, tuple)
        and all(_claim_row(c) for c in summary.claims)
    )
    if not ok:
        raise codec.CodecError("not a summary")
    return summary


def not_a_note(content_hash: str = "") -> Summary:
    return Summary(content_hash, False, (), _PART, (), (), ())


def context_note(path: str, summary: Summary) -> Note:
    """A note outside the focus, rebuilt from its Summary: path, aliases, headings and block ids
    (decoded on first use: Deferred), suppressions and keyed claims; no links, and no text or properties (reading those is a bug
    in a focus rule and fails loudly: TextSource.unavailable)."""
    anchors = summary.anchors
    return Note(
        path=path,
        source=TextSource.unavailable(),
        body_line=1,
        links=(),
        headings=Deferred(lambda: unpack_anchors(anchors)[0]),
        block_ids=Deferred(lambda: unpack_anchors(anchors)[1]),
        tags=(),
        footnotes=(),
        aliases=summary.aliases,
        code_ranges=(),
        suppressions=summary.suppressions,
        content_hash=summary.content_hash,
        encoding="",
        size=0,
        claims=tuple(_claim(*row) for row in summary.claims),
    )


def _claim(line: int, column: int, end_line: int, span: str, key: str, value: float) -> Any:
    """A context claim: what VK405 compares (position, span, key, value); no verdict of its own."""
    from vaultkit.claims.model import Claim, Verdict

    return Claim(line, column, end_line, span, "", "context", "", "", Verdict.NOT_A_CLAIM, "", key=key, value=value)


# --- the store ---------------------------------------------------------------------------------


def signature(path: str | Path, before_ns: int) -> Signature | None:
    """(size, mtime, ctime, inode) of a file last changed before `before_ns` minus RACY_NS.
    (A str path: building 10k Path objects costs more than the 10k stat calls.)"""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if max(st.st_mtime_ns, st.st_ctime_ns) >= before_ns - RACY_NS:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS notes (path TEXT PRIMARY KEY, size INT, mtime INT, ctime INT, ino INT,"
    " hash TEXT NOT NULL, note INT NOT NULL, summary BLOB NOT NULL, rowsum BLOB, sum BLOB)",
    "CREATE TABLE IF NOT EXISTS keys (kind INT NOT NULL, key TEXT NOT NULL, path TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS keys_by_key ON keys (kind, key)",
    "CREATE INDEX IF NOT EXISTS keys_by_path ON keys (path)",
)


def _row_digest(path: str, size: Any, mtime: Any, ctime: Any, ino: Any, content_hash: Any, note: Any) -> bytes:
    from vaultkit.store.notes import seal

    return seal(path, f"{size!r}\x1f{mtime!r}\x1f{ctime!r}\x1f{ino!r}\x1f{content_hash!r}\x1f{note!r}".encode())


def _chunks(items: Sequence[Any], size: int = 900) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ContextStore:
    """The store of one vault, opened lazily; any failure makes it an empty, read-only store
    (a cold start, never an error)."""

    def __init__(self, root: Path) -> None:
        from vaultkit.store.paths import cache_dir

        self.root = root
        self.folder = cache_dir(root)
        self.path = self.folder / STORE_FILE
        self._conn: sqlite3.Connection | None = None
        self.broken = False

    def _version(self) -> str:
        from vaultkit.engine.load import CACHE_FORMAT

        # Summaries depend on a note's bytes and vaultkit's version only, not on the
        # configuration (which decides which files are notes: discovery runs every time).
        return f"{STORE_FORMAT}/{__version__}/{CACHE_FORMAT}"

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        if self._conn is not None or self.broken:
            return self._conn
        if not create and not self.path.exists():
            return None
        from vaultkit.store.notes import lenient_text
        from vaultkit.store.paths import UnsafeCachePath, check_inside, prepare_dir, safe_cache_path

        if safe_cache_path(self.root, self.path) is None:  # a symlink on the way: no store
            self.broken = True
            return None
        conn = None
        try:
            prepare_dir(self.folder, self.root)
            for extra in ("-wal", "-shm", "-journal"):
                check_inside(self.root, Path(str(self.path) + extra))
            conn = sqlite3.connect(self.path, timeout=30)
            conn.text_factory = lenient_text
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            columns = {row[1] for row in conn.execute("PRAGMA table_info(notes)")}
            if columns and "sum" not in columns:  # a store from before rows were sealed
                with conn:
                    conn.execute("DROP TABLE notes")
                    conn.execute("DROP TABLE IF EXISTS keys")
            for statement in _SCHEMA:
                conn.execute(statement)
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None or row[0] != self._version():
                with conn:
                    conn.execute("DELETE FROM notes")
                    conn.execute("DELETE FROM keys")
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self._version(),))
            self._conn = conn
        except (sqlite3.Error, UnicodeDecodeError, OSError, UnsafeCachePath) as exc:
            if conn is not None and self._conn is None:
                conn.close()
            self._fail(exc)
        return self._conn

    def _fail(self, exc: BaseException) -> None:
        """No store for the rest of this run; a file SQLite finds corrupt is set aside (one copy
        kept, store.notes.set_aside) so the next full run starts a fresh one instead of every
        focus run reading the whole vault until `vaultkit clean`."""
        from vaultkit.store.notes import is_corrupt, set_aside

        self.broken = True
        if is_corrupt(exc):
            self.close()
            set_aside(self.path)

    def signatures(self) -> dict[str, tuple[Signature | None, str, bool]]:
        """Every stored file: path → (signature or None, content hash, whether it is a note)."""
        conn = self._connect(create=False)
        if conn is None:
            return {}
        try:
            rows = conn.execute("SELECT path, size, mtime, ctime, ino, hash, note, rowsum FROM notes").fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            self._fail(exc)
            return {}
        # A row whose digest does not match (damaged) is left out: its note is read again.
        return {
            p: ((s, m, c, i) if s is not None else None, h, bool(n))
            for p, s, m, c, i, h, n, d in rows
            if isinstance(p, str) and d == _row_digest(p, s, m, c, i, h, n)
        }

    def summaries(self, paths: Iterable[str]) -> dict[str, Summary]:
        conn = self._connect(create=False)
        paths = list(paths)
        out: dict[str, Summary] = {}
        if conn is None or not paths:
            return out
        from vaultkit.store.notes import sealed

        bad: list[str] = []
        try:
            for chunk in _chunks(paths):
                marks = ",".join("?" * len(chunk))
                query = f"SELECT path, summary, sum FROM notes WHERE path IN ({marks})"  # noqa: S608 - placeholders only
                for path, blob, digest in conn.execute(query, chunk):
                    try:
                        if not sealed(path, blob, digest):
                            raise ValueError("damaged summary")
                        out[path] = decode_summary(blob)
                    except ValueError:  # codec.CodecError: damaged or hostile; read again next time
                        bad.append(path)
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            self._fail(exc)
            return {}
        if bad:
            self.update({}, bad)
            self.broken = True
            return {}
        return out

    def paths_with(self, wanted: Mapping[int, Iterable[str]]) -> set[str]:
        """Notes holding any of the keys, per kind ({NAMED: ["note 1"], ALIAS: [...]})."""
        conn = self._connect(create=False)
        found: set[str] = set()
        if conn is None:
            return found
        try:
            for kind, keys in wanted.items():
                for chunk in _chunks(sorted(set(keys))):
                    marks = ",".join("?" * len(chunk))
                    query = f"SELECT path FROM keys WHERE kind = ? AND key IN ({marks})"  # noqa: S608 - placeholders only
                    found.update(p for (p,) in conn.execute(query, (kind, *chunk)))
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            self._fail(exc)
            return set()
        return found

    def update(self, rows: Mapping[str, tuple[Signature | None, Summary]], gone: Iterable[str] = ()) -> None:
        """Store the summaries of notes just read, forget notes no longer in the vault."""
        gone = list(gone)
        if not rows and not gone:
            return
        conn = self._connect(create=True)
        if conn is None:
            return
        from vaultkit.store import codec
        from vaultkit.store.notes import seal

        paths = [*rows, *gone]
        try:
            with conn:
                for chunk in _chunks(paths):
                    marks = ",".join("?" * len(chunk))
                    conn.execute(f"DELETE FROM keys WHERE path IN ({marks})", chunk)  # noqa: S608 - placeholders only
                    conn.execute(f"DELETE FROM notes WHERE path IN ({marks})", chunk)  # noqa: S608
                values = []
                for p, (sig, s) in rows.items():
                    size, mtime, ctime, ino = sig or (None, None, None, None)
                    blob = codec.encode(tuple(s))
                    digest = _row_digest(p, size, mtime, ctime, ino, s.content_hash, int(s.is_note))
                    values.append((p, size, mtime, ctime, ino, s.content_hash, int(s.is_note), blob, digest, seal(p, blob)))
                conn.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
                conn.executemany(
                    "INSERT INTO keys VALUES (?, ?, ?)",
                    [(kind, key, p) for p, (_, s) in rows.items() for kind, key in _keys_of(p, s)],
                )
        except (sqlite3.Error, TypeError, ValueError, OverflowError) as exc:  # OverflowError etc.: a value the codec cannot hold
            self._fail(exc)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def refresh_context(root: Path, notes: Iterable[Note], started_ns: int) -> int:
    """After a full run: store the notes whose file or content changed since the store last saw
    them, and forget those gone. `started_ns` is when the run began reading. Returns how many
    notes were stored."""
    store = ContextStore(root)
    try:
        known = store.signatures()
        base = os.fspath(root)
        rows: dict[str, tuple[Signature | None, Summary]] = {}
        present = set()
        for note in notes:
            present.add(note.path)
            sig = signature(os.path.join(base, note.path), started_ns)
            if known.get(note.path) != (sig, note.content_hash, True):
                rows[note.path] = (sig, summarise(note))
        store.update(rows, [p for p in known if p not in present])
        return len(rows)
    finally:
        store.close()
