"""The note cache: per-note results by content hash (never by mtime: git and sync rewrite mtimes).

One SQLite database in `VAULT/.vaultkit/cache/` (WAL mode, so concurrent runs are safe: the
last writer of an identical key wins with identical bytes). A corrupt database is moved aside
and rebuilt. Every entry records the day it was last used; entries unused for PRUNE_DAYS are
dropped (old versions of edited notes, other configurations, earlier vaultkit versions), as
ruff does. The run cache (store.runs) and the dedup results (vaultkit.dedup.results) are kept
in the same database under keys of their own.

A vault is hostile input (it arrives through git, sync and pull requests with `.vaultkit/`
inside): values are store.codec entries, data that cannot run code, and one that does not
decode is a miss, recomputed and overwritten. Its path is checked by store.paths.

A disk, a sync or a crash can damage the file: each value is stored with a BLAKE2b digest of
its key and bytes (seal, in the `sum` column), checked on every read, so a damaged entry is a miss, never a silently
different result (random byte flips in the file gave changed finding messages before). A file
SQLite reports as corrupt (not a database, malformed) when opened or read is moved aside as
`notes.corrupt-<time>` (only the latest one is kept) and a fresh one is started; a full disk or
a busy or read-only file is not corruption and leaves the file alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from vaultkit.store import codec
from vaultkit.store.paths import UnsafeCachePath, cache_dir, check_inside, prepare_dir, safe_cache_path

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS notes (key TEXT PRIMARY KEY, value BLOB NOT NULL, used INTEGER NOT NULL DEFAULT 0, sum BLOB)"
)
PRUNE_DAYS = 30


# The digest in front of every stored value (seal/unseal).
DIGEST_SIZE = 16
_PERSON = b"vaultkit-notes"
# SQLite's primary result codes for a file that is not (or no longer) a database.
_CORRUPT_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


def seal(key: str, blob: bytes) -> bytes:
    """The digest stored beside a value: BLAKE2b of its key and bytes."""
    h = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=DIGEST_SIZE, person=_PERSON)
    h.update(b"\x1f")
    h.update(blob)
    return h.digest()


def sealed(key: str, blob: object, digest: object) -> bool:
    """Whether a stored value is the one written under `key` (its digest matches): not damaged,
    not written by an older vaultkit, not moved to another key."""
    return isinstance(blob, bytes) and isinstance(digest, bytes) and seal(key, blob) == digest


def lenient_text(raw: bytes) -> str:
    """SQLite TEXT as str, bad UTF-8 kept as surrogates (a damaged key or path then matches
    nothing, and its digest fails) rather than a UnicodeDecodeError out of a query."""
    return raw.decode("utf-8", "surrogateescape")


def is_corrupt(exc: BaseException) -> bool:
    """Whether SQLite says the file is damaged (not a database, malformed): not a full disk, a
    lock, a permission or a read-only file. A UnicodeDecodeError out of a query is SQLite's
    message quoting a damaged schema, which Python cannot decode."""
    if isinstance(exc, UnicodeDecodeError):
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in _CORRUPT_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def set_aside(path: Path) -> Path | None:
    """Move a corrupt database file aside as `<stem>.corrupt-<time>` (for inspection), removing
    the ones an earlier run set aside (at most one is kept), and its -wal/-shm files; returns
    where it went (None when it was gone already)."""
    for old in path.parent.glob(f"{path.stem}.corrupt-*"):
        if old.is_file() or old.is_symlink():
            with contextlib.suppress(OSError):
                old.unlink()
    aside = path.with_name(f"{path.stem}.corrupt-{int(time.time())}")
    try:
        path.replace(aside)
    except FileNotFoundError:
        return None
    finally:
        for extra in ("-wal", "-shm", "-journal"):
            Path(str(path) + extra).unlink(missing_ok=True)
    return aside


def today() -> int:
    """Days since the epoch (UTC): the granularity of an entry's last use."""
    return int(time.time() // 86400)


class NoteCache:
    """A key → value store (values as vaultkit.codec stores them). Keys already include the
    config digest and version. When its folder is not safely inside the vault (a symlink on the
    way) it is `disabled`: it finds nothing and stores nothing."""

    def __init__(self, root: Path, name: str = "notes.sqlite") -> None:
        self.root = root
        self.folder = cache_dir(root)
        self.path = self.folder / name
        self._conn: sqlite3.Connection | None = None
        self.disabled = safe_cache_path(root, self.path) is None

    def exists(self) -> bool:
        """Whether the database is there (and usable)."""
        return not self.disabled and self.path.is_file()

    def _connect(self) -> sqlite3.Connection:
        if self.disabled:
            raise UnsafeCachePath(f"{self.path}: not safely inside the vault")
        if self._conn is None:
            prepare_dir(self.folder, self.root)
            for extra in ("", "-wal", "-shm", "-journal"):
                check_inside(self.root, Path(str(self.path) + extra))
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        for attempt in range(2):
            conn = None
            try:
                conn = sqlite3.connect(self.path, timeout=30)
                conn.text_factory = lenient_text
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(_SCHEMA)
                columns = {row[1] for row in conn.execute("PRAGMA table_info(notes)")}
                if "used" not in columns:  # a cache written before entries were dated
                    conn.execute("ALTER TABLE notes ADD COLUMN used INTEGER NOT NULL DEFAULT 0")
                if "sum" not in columns:  # written before entries were sealed: every entry a miss
                    conn.execute("ALTER TABLE notes ADD COLUMN sum BLOB")
                conn.execute("SELECT count(*) FROM notes LIMIT 1").fetchone()
                return conn
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
                if conn is not None:
                    conn.close()
                if attempt or not is_corrupt(exc):
                    raise
                # Corrupt: keep it for inspection (only the latest), start a fresh one.
                set_aside(self.path)
        raise AssertionError("unreachable")

    def _recover(self) -> None:
        """The open database turned out corrupt while being read or written: set it aside and
        start a fresh one on the next use."""
        self.close()
        set_aside(self.path)

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The decoded values of the keys found; an entry that does not decode (another format,
        a damaged or hostile value) is left out, as a miss."""
        return self.get_raw(keys, codec.decode)

    def get_raw(self, keys: Iterable[str], decode: Any = None) -> dict[str, Any]:
        """get_many with another decoder (`decode(blob)`, raising for a miss); the stored bytes
        when None."""
        keys = list(keys)
        if not keys or not self.exists():
            return {}
        try:
            return self._get(keys, decode)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            if not is_corrupt(exc):
                raise
            self._recover()  # every entry is a miss; the run fills the fresh file
            return {}

    def _get(self, keys: list[str], decode: Any) -> dict[str, Any]:
        conn = self._connect()
        found: dict[str, Any] = {}
        wanted = set(keys)
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            marks = ",".join("?" * len(chunk))
            stale = []
            rows = conn.execute(f"SELECT key, value, used, sum FROM notes WHERE key IN ({marks})", chunk).fetchall()  # noqa: S608
            for key, blob, used, digest in rows:
                if key not in wanted or not sealed(key, blob, digest):
                    continue  # damaged or from an older vaultkit: a miss, overwritten when recomputed
                if decode is None:
                    found[key] = blob
                else:
                    try:
                        found[key] = decode(blob)
                    except Exception:  # noqa: BLE001, S112 - a bad entry is a miss, and is overwritten
                        continue
                if not isinstance(used, int) or used < today():
                    stale.append(key)
            if stale:  # at most one write per entry and day
                self._touch(stale)
        return found

    def _touch(self, keys: list[str]) -> None:
        try:
            with self._connect() as conn:
                conn.executemany("UPDATE notes SET used = ? WHERE key = ?", [(today(), k) for k in keys])
        except (sqlite3.Error, UnicodeDecodeError):  # a read-only or busy cache still serves reads
            pass

    def prune(self, days: int = PRUNE_DAYS) -> int:
        """Drop the entries not used for `days` days; returns how many."""
        if not self.exists():
            return 0
        with self._connect() as conn:
            return conn.execute("DELETE FROM notes WHERE used < ?", (today() - days,)).rowcount

    def put_many(self, items: Mapping[str, Any]) -> None:
        """Store values (a value the codec cannot hold is not stored)."""
        encoded = {}
        for key, value in items.items():
            try:
                encoded[key] = codec.encode(value)
            except (TypeError, ValueError, OverflowError):
                continue
        self.put_encoded(encoded)

    def put_encoded(self, items: Mapping[str, bytes]) -> None:
        """put_many for values already encoded with vaultkit.codec (as workers send parsed notes)."""
        if not items or self.disabled:
            return
        day = today()
        rows = [(k, blob, day, seal(k, blob)) for k, blob in items.items()]
        for attempt in range(2):
            try:
                with self._connect() as conn:
                    conn.executemany("INSERT OR REPLACE INTO notes (key, value, used, sum) VALUES (?, ?, ?, ?)", rows)
                break
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
                if attempt or not is_corrupt(exc):
                    raise
                self._recover()
        # Pruning rides on writes: a run that changed nothing writes nothing and prunes nothing.
        if day % 7 == 0 or len(rows) > 100:
            with contextlib.suppress(sqlite3.Error, UnicodeDecodeError):
                self.prune()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def clear_cache(root: Path) -> bool:
    """Remove the cache folder; True when there was one. Raises UnsafeCachePath, deleting
    nothing, when `.vaultkit` or the cache folder is a symlink or resolves outside the vault."""
    import shutil

    folder = cache_dir(root)
    check_inside(root, folder)
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True
