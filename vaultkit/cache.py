"""Per-note results cached by content hash (never by mtime: git and sync rewrite mtimes).

One SQLite database in `VAULT/.vaultkit/cache/` (WAL mode, so concurrent runs are safe: the
last writer of an identical key wins with identical bytes). A corrupt database is moved aside
and rebuilt. The folder carries a CACHEDIR.TAG and a `.gitignore` so backup tools and git skip it.
Every entry records the day it was last used; entries unused for PRUNE_DAYS are dropped (old
versions of edited notes, other configurations, earlier vaultkit versions), as ruff does.
"""

from __future__ import annotations

import pickle
import sqlite3
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

CACHE_DIRNAME = ".vaultkit/cache"
_SCHEMA = "CREATE TABLE IF NOT EXISTS notes (key TEXT PRIMARY KEY, value BLOB NOT NULL, used INTEGER NOT NULL DEFAULT 0)"
PRUNE_DAYS = 30
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by vaultkit.\n"


def today() -> int:
    """Days since the epoch (UTC): the granularity of an entry's last use."""
    return int(time.time() // 86400)


def cache_dir(root: Path) -> Path:
    return root / CACHE_DIRNAME


def _prepare_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tag = folder / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text(_TAG, encoding="ascii")
    ignore = folder.parent / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# created by vaultkit: its cache and backups are not part of the vault\n*\n", encoding="utf-8")


class NoteCache:
    """A key → picklable value store. Keys already include the config digest and version."""

    def __init__(self, root: Path, name: str = "notes.sqlite") -> None:
        self.folder = cache_dir(root)
        self.path = self.folder / name
        self._conn: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            _prepare_dir(self.folder)
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        for attempt in range(2):
            try:
                conn = sqlite3.connect(self.path, timeout=30)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(_SCHEMA)
                columns = {row[1] for row in conn.execute("PRAGMA table_info(notes)")}
                if "used" not in columns:  # a cache written before entries were dated
                    conn.execute("ALTER TABLE notes ADD COLUMN used INTEGER NOT NULL DEFAULT 0")
                conn.execute("SELECT count(*) FROM notes LIMIT 1").fetchone()
                return conn
            except sqlite3.DatabaseError:
                if attempt:
                    raise
                # Corrupt: keep it for inspection, start a fresh one.
                aside = self.path.with_suffix(f".corrupt-{int(time.time())}")
                self.path.replace(aside)
                for extra in ("-wal", "-shm"):
                    Path(str(self.path) + extra).unlink(missing_ok=True)
        raise AssertionError("unreachable")

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        keys = list(keys)
        if not keys or not self.path.exists():
            return {}
        conn = self._connect()
        found: dict[str, Any] = {}
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            marks = ",".join("?" * len(chunk))
            stale = []
            for key, blob, used in conn.execute(f"SELECT key, value, used FROM notes WHERE key IN ({marks})", chunk):
                try:
                    found[key] = pickle.loads(blob)
                except Exception:  # noqa: BLE001 - a bad entry is a miss, and is overwritten
                    continue
                if used < today():
                    stale.append(key)
            if stale:  # at most one write per entry and day
                self._touch(stale)
        return found

    def _touch(self, keys: list[str]) -> None:
        try:
            with self._connect() as conn:
                conn.executemany("UPDATE notes SET used = ? WHERE key = ?", [(today(), k) for k in keys])
        except sqlite3.Error:  # a read-only or busy cache still serves reads
            pass

    def prune(self, days: int = PRUNE_DAYS) -> int:
        """Drop the entries not used for `days` days; returns how many."""
        if not self.path.exists():
            return 0
        with self._connect() as conn:
            return conn.execute("DELETE FROM notes WHERE used < ?", (today() - days,)).rowcount

    def put_many(self, items: Mapping[str, Any]) -> None:
        self.put_pickled({k: pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL) for k, v in items.items()})

    def put_pickled(self, items: Mapping[str, bytes]) -> None:
        """put_many for values already pickled (as workers send parsed notes)."""
        if not items:
            return
        conn = self._connect()
        day = today()
        rows = [(k, blob, day) for k, blob in items.items()]
        with conn:
            conn.executemany("INSERT OR REPLACE INTO notes (key, value, used) VALUES (?, ?, ?)", rows)
        # Pruning rides on writes: a run that changed nothing writes nothing and prunes nothing.
        if day % 7 == 0 or len(rows) > 100:
            try:
                self.prune()
            except sqlite3.Error:
                pass

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def clear_cache(root: Path) -> bool:
    """Remove the cache folder; True when there was one."""
    import shutil

    folder = cache_dir(root)
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    return True
