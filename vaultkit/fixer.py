"""Writing a note back, the only place vaultkit ever does: atomically, verifiably, with a backup.

The new bytes go to a temporary file in the note's own folder (same file system, so the final
rename is atomic), are flushed and fsynced, take the original's permission bits, and replace
the note with one `os.replace`. Interrupted at any point, the note holds either its old or its
new bytes, never a mix; a leftover temporary file is hidden (its name starts with `.`) and
cleaned by the next run. Before writing, the note is re-read: if it changed since vaultkit read
it, nothing is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from pathlib import Path

from vaultkit.errors import VaultkitError

TEMP_PREFIX = ".vaultkit-tmp-"
BACKUP_DIR = ".vaultkit/backup"


class ChangedOnDisk(VaultkitError):
    """The note changed between reading and writing; nothing was written."""


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace `path` with `data` so that a crash leaves the old or the new content."""
    folder = path.parent
    tmp = folder / f"{TEMP_PREFIX}{path.name}.{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)


def backup_path(root: Path, rel: str, original: bytes) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    digest = hashlib.sha256(original).hexdigest()[:12]
    return root / BACKUP_DIR / f"{rel}.{stamp}.{digest}"


def replace_note(root: Path, rel: str, original: bytes, new: bytes, *, backup: bool = True) -> Path | None:
    """Write `new` over the note at `root/rel` if it still holds `original`; returns the backup."""
    path = root / rel
    current = path.read_bytes()
    if current != original:
        raise ChangedOnDisk(f"{rel}: changed on disk since it was read; not written (run fix again)")
    mode = stat.S_IMODE(path.stat().st_mode)
    saved = None
    if backup:
        saved = backup_path(root, rel, original)
        saved.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(saved, original, mode=0o600)
    write_bytes_atomically(path, new, mode=mode)
    return saved


def clean_stale_temporaries(folder: Path) -> int:
    """Remove temporaries left by an interrupted write (older runs' pids)."""
    removed = 0
    for tmp in folder.rglob(f"{TEMP_PREFIX}*"):
        try:
            tmp.unlink()
            removed += 1
        except OSError:
            pass
    return removed
