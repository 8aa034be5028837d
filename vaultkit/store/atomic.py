"""Writing a file whole or not at all: a temporary beside it, then one rename.

Every file vaultkit writes (reports, baselines, caches, backups and repaired notes) goes through
here. The temporary is created exclusively (`O_EXCL | O_NOFOLLOW`, never through an existing
name or a symlink) in the target's folder, hidden and named `.<name>.vaultkit-tmp-<pid>-<random>`
so it is never a note and `vaultkit clean` can tell a leftover of a dead process from the file
of a running one (LEFTOVER). It is flushed and fsynced, given its mode, and renamed over the
target: a reader sees the old file or the new one, never half of one, and a symlink at the
target is replaced, never followed.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

TEMP_MARK = ".vaultkit-tmp-"
OLD_MARK = ".vaultkit-old-"
# A temporary (or a kept old inode) of vaultkit's, with the id of the process that made it.
LEFTOVER = re.compile(r"^\..+(?:\.vaultkit-tmp-|\.vaultkit-old-)(\d+)-[0-9a-f]+$", re.DOTALL)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def cut_name(name: str, limit: int) -> str:
    """`name` cut to at most `limit` bytes of UTF-8, at a character boundary (file systems bound
    a name's bytes, 255 as a rule, not its characters: 110 Cyrillic letters are 220 bytes)."""
    raw = name.encode("utf-8", "surrogateescape")
    return name if len(raw) <= limit else raw[:limit].decode("utf-8", "ignore")


def temp_name(name: str, mark: str = TEMP_MARK) -> str:
    """A hidden name beside `name` for one of this process's temporaries (at most 160 bytes)."""
    return f".{cut_name(name, 120)}{mark}{os.getpid()}-{secrets.token_hex(4)}"


def default_mode() -> int:
    """The mode an ordinary new file gets (0666 less the umask), not mkstemp's 0600."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def fsync_quietly(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.fsync(fd)


def unlink_quietly(name: str | None, dir_fd: int) -> None:
    if name is not None:
        with contextlib.suppress(OSError):
            os.unlink(name, dir_fd=dir_fd)


def write_temp(dir_fd: int, name: str, data: bytes, mode: int) -> tuple[str, os.stat_result]:
    """A new temporary beside `name` (in the folder `dir_fd`) holding `data`, fsynced, with
    `mode`; its name and stat."""
    tmp = temp_name(name)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | _CLOEXEC, 0o600, dir_fd=dir_fd)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fchmod(fd, mode)
        os.fsync(fd)
        st = os.fstat(fd)
    except BaseException:
        os.close(fd)
        unlink_quietly(tmp, dir_fd)  # a failing unlink must not hide the write's own error
        raise
    os.close(fd)
    return tmp, st


def atomic_write_at(dir_fd: int, name: str, data: bytes, mode: int) -> None:
    """Replace `name` in the folder `dir_fd` with a file holding `data` (see the module doc)."""
    tmp, _ = write_temp(dir_fd, name, data, mode)
    try:
        os.replace(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except BaseException:
        unlink_quietly(tmp, dir_fd)
        raise
    fsync_quietly(dir_fd)


def atomic_write(path: Path, data: bytes | str, *, mode: int | None = None) -> None:
    """Write `data` (text as UTF-8, newlines as given) to `path` whole or not at all; `mode`
    defaults to that of an ordinary new file."""
    raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | _CLOEXEC)
    try:
        atomic_write_at(dir_fd, path.name, raw, default_mode() if mode is None else mode)
    finally:
        os.close(dir_fd)
