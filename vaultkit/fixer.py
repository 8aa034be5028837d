"""Writing a note back, the only place vaultkit ever does: atomically, verifiably, with a backup.

Every path is walked from the vault root one folder at a time with `O_NOFOLLOW` (`openat`), so
no symlink, the note's own or a folder's on the way, leads a write anywhere: a note reached
through one is refused (`NotWritable`), as is a read-only note (no write bit in its mode: as
root `os.access` would say yes) and the backup folder when it is a symlink.

The new bytes go to a temporary file beside the note (store.atomic: `.<name>.vaultkit-tmp-<pid>-<random>`,
hidden, so never a note), are flushed and fsynced, take the original's permission bits, and
replace the note with one `os.replace`. Interrupted at any point, the note holds either its old or
its new bytes, never a mix. Only the temporaries this process created are ever removed.

Another program may write to the note meanwhile (Obsidian, a sync client). The note is read
through a descriptor held open on its inode: it must still hold the bytes the repair was made
from just before the rename (else `ChangedOnDisk`, nothing written), and after the rename the old
inode is read again: a writer that opened the note before the rename writes there. If it did,
the old inode (kept by a hard link made just before the rename) is put back in place, with the
bytes written to it, and the repair is dropped (`ChangedOnDisk`: run fix again).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import stat
from pathlib import Path

from vaultkit.errors import VaultkitError
from vaultkit.store.atomic import (
    OLD_MARK,
    TEMP_MARK,
    atomic_write_at,
    cut_name,
    fsync_quietly,
    temp_name,
    unlink_quietly,
    write_temp,
)

BACKUP_DIR = ".vaultkit/backup"
__all__ = ["OLD_MARK", "TEMP_MARK", "ChangedOnDisk", "NotWritable", "check_writable", "replace_note", "write_backup"]

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)


class ChangedOnDisk(VaultkitError):
    """The note changed between reading and writing; the repair was not applied."""


class NotWritable(VaultkitError):
    """The note must not be written: a symlink, reached through one, read-only, not a file."""


def _open_folder(root: Path, parts: list[str], *, create: bool = False, what: str = "") -> int:
    """A descriptor on root/parts..., every step opened with O_NOFOLLOW (made when `create`)."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0))
    walked = []
    try:
        for part in parts:
            walked.append(part)
            if create:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(part, 0o700, dir_fd=fd)
            try:
                nfd = os.open(part, _DIR_FLAGS, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    where = "/".join(walked)
                    raise NotWritable(f"{what or where}: {where} is a symlink (or not a folder); not written") from None
                raise
            os.close(fd)
            fd = nfd
    except BaseException:
        os.close(fd)
        raise
    return fd


def _read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    offset = 0
    while True:
        chunk = os.pread(fd, 1 << 20, offset)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        offset += len(chunk)


def _open_note(root: Path, rel: str) -> tuple[int, int, str, os.stat_result]:
    """(folder fd, note fd, name, stat) of a regular, writable note reached without symlinks."""
    *folders, name = rel.split("/")
    dfd = _open_folder(root, folders, what=rel)
    try:
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0), dir_fd=dfd)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise NotWritable(f"{rel}: is a symlink; not written (fix the file it points to by hand)") from None
            raise
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            os.close(fd)
            raise NotWritable(f"{rel}: not a regular file; not written")
        if not st.st_mode & 0o222:
            os.close(fd)
            raise NotWritable(f"{rel}: read-only (mode {stat.S_IMODE(st.st_mode):o}); not written")
    except BaseException:
        os.close(dfd)
        raise
    return dfd, fd, name, st


def check_writable(root: Path, rel: str) -> str | None:
    """Why the note at root/rel would not be written (symlink, read-only...), or None."""
    try:
        dfd, fd, _, _ = _open_note(root, rel)
    except NotWritable as exc:
        return str(exc)
    except OSError as exc:
        return f"{rel}: cannot open: {exc.strerror or exc}"
    os.close(fd)
    os.close(dfd)
    return None


def backup_path(root: Path, rel: str, original: bytes) -> Path:
    """`.vaultkit/backup/<rel>.<stamp>.<digest>`; a note name too long for that (a file name is
    at most 255 bytes) is cut at 200 bytes and marked with a hash of the whole name."""
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    digest = hashlib.sha256(original).hexdigest()[:12]
    folder, _, name = rel.rpartition("/")
    if len(name.encode("utf-8", "surrogateescape")) + 2 + len(stamp) + len(digest) > 255:
        whole = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        name = f"{cut_name(name, 200)}~{whole}"
    return root / BACKUP_DIR / (f"{folder}/" if folder else "") / f"{name}.{stamp}.{digest}"


def write_backup(root: Path, rel: str, original: bytes) -> Path:
    """Keep `original` under the vault's .vaultkit/backup/ (refused when any folder on the way
    is a symlink: the backup would land outside the vault)."""
    target = backup_path(root, rel, original)
    parts = target.relative_to(root).parts
    dfd = _open_folder(root, list(parts[:-1]), create=True, what=f"{rel}: backup folder")
    try:
        atomic_write_at(dfd, parts[-1], original, 0o600)
    finally:
        os.close(dfd)
    return target


def _remove_backup(root: Path, saved: Path) -> None:
    """Remove a backup this process just wrote, walking to it without following symlinks. Only
    after an OSError: a ChangedOnDisk may come from another `fix` run that wrote a backup of the
    same bytes under the same name and needs it."""
    parts = saved.relative_to(root).parts
    with contextlib.suppress(OSError, NotWritable):
        dfd = _open_folder(root, list(parts[:-1]))
        try:
            os.unlink(parts[-1], dir_fd=dfd)
        finally:
            os.close(dfd)


def replace_note(root: Path, rel: str, original: bytes, new: bytes, *, backup: bool = True) -> Path | None:
    """Write `new` over the note at `root/rel` if it still holds `original`; returns the backup.

    Raises NotWritable (symlink, read-only) or ChangedOnDisk (the note changed, before or while
    it was written: it then holds what the other writer left, never the repair)."""
    dfd, fd, name, st = _open_note(root, rel)
    tmp: str | None = None
    old: str | None = None
    saved: Path | None = None
    try:
        if _read_all(fd) != original:
            raise ChangedOnDisk(f"{rel}: changed on disk since it was read; not written (run fix again)")
        saved = write_backup(root, rel, original) if backup else None
        tmp, tmp_st = write_temp(dfd, name, new, stat.S_IMODE(st.st_mode))
        old = temp_name(name, OLD_MARK)
        try:
            os.link(name, old, src_dir_fd=dfd, dst_dir_fd=dfd, follow_symlinks=False)
        except OSError:
            old = None  # no hard links here: a late write is put back by copying instead
        # The last look before the rename: the same inode at the name, holding the same bytes.
        current = os.stat(name, dir_fd=dfd, follow_symlinks=False)
        if (current.st_dev, current.st_ino) != (st.st_dev, st.st_ino) or _read_all(fd) != original:
            raise ChangedOnDisk(f"{rel}: changed on disk while being fixed; not written (run fix again)")
        os.replace(tmp, name, src_dir_fd=dfd, dst_dir_fd=dfd)
        tmp = None
        saved_for_good, saved = saved, None  # from here on the note holds the repair: the backup stays
        fsync_quietly(dfd)
        if _read_all(fd) != original:
            kept, old = old, None  # from here on the old inode's name is _put_back's to use or keep
            _put_back(rel, dfd, name, fd, kept, tmp_st, new)
            raise ChangedOnDisk(f"{rel}: written to by another program while being fixed; left with its edits, not repaired")
        return saved_for_good
    except OSError:
        if saved is not None:  # not replaced (a full disk, a read-only folder): no backup of a note left as it was
            _remove_backup(root, saved)
        raise
    finally:
        unlink_quietly(tmp, dfd)
        unlink_quietly(old, dfd)
        os.close(fd)
        os.close(dfd)


def _put_back(rel: str, dfd: int, name: str, fd: int, old: str | None, ours: os.stat_result, new: bytes) -> None:
    """The old inode was written to after the rename: make it the note again, edits included."""
    at_name = os.stat(name, dir_fd=dfd, follow_symlinks=False)
    ours_fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0), dir_fd=dfd)
    try:
        untouched = (at_name.st_dev, at_name.st_ino) == (ours.st_dev, ours.st_ino) and _read_all(ours_fd) == new
    finally:
        os.close(ours_fd)
    if not untouched:
        # Edited on both sides of the rename: neither is dropped. The old file stays beside the note.
        kept = f"; the old file, with the edits made to it, is kept as {old}" if old else ""
        raise ChangedOnDisk(f"{rel}: edited by other programs while being fixed, before and after the write{kept}")
    if old is not None:
        os.replace(old, name, src_dir_fd=dfd, dst_dir_fd=dfd)
    else:
        atomic_write_at(dfd, name, _read_all(fd), stat.S_IMODE(os.fstat(fd).st_mode))
    fsync_quietly(dfd)
