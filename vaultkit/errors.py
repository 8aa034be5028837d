"""One exception family; the CLI's single boundary maps it to exit code 2."""

from __future__ import annotations


class VaultkitError(Exception):
    """Base of every error vaultkit reports to the user (exit code 2)."""

    exit_code = 2
    hint = ""


class UsageError(VaultkitError):
    """The command line asked for something that cannot be done."""


class ConfigError(VaultkitError):
    """A configuration file is malformed or names an unknown rule or option."""

    hint = "check vaultkit.toml, .vaultkit.toml or [tool.vaultkit] in pyproject.toml"


class VaultNotFound(VaultkitError):
    """The given vault path does not exist or is not a folder."""


class CannotWrite(VaultkitError):
    """A file vaultkit was asked to write (a report, a baseline, `-o FILE`) could not be
    written: a read-only folder, a full disk. Nothing partial is left (store.atomic)."""


# What the user can do about an OSError of a write, by errno name.
_WRITE_ADVICE = {
    "ENOSPC": "free some space and run it again",
    "EDQUOT": "free some space (a disk quota is full) and run it again",
    "EFBIG": "a file-size limit was reached or the disk is full: free some space or raise the limit",
    "EACCES": "the folder is not writable: make it writable or choose another place",
    "EPERM": "the folder is not writable: make it writable or choose another place",
    "EROFS": "the file system is read-only: choose another place",
    "ENOENT": "its folder does not exist: create it or choose another place",
    "ENOTDIR": "a part of the path is not a folder: choose another place",
    "EISDIR": "it is a folder: give a file name",
}


def write_advice(exc: OSError) -> str:
    """What to do about a failed write, in a few words ("" when there is nothing to say)."""
    import errno

    return _WRITE_ADVICE.get(errno.errorcode.get(exc.errno or 0, ""), "")


def out_of_space(exc: OSError) -> bool:
    """A write failed because the disk (or a quota, or a file-size limit) is full: the next
    write will fail too."""
    import errno

    return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def cannot_write(path: object, exc: OSError, what: str = "", *, option: str = "") -> CannotWrite:
    """One line: the file, why it could not be written, that nothing was, and what to do
    (`option`: the flag that chooses another place, e.g. "-o FILE")."""
    reason = exc.strerror or type(exc).__name__
    advice = write_advice(exc)
    if option:
        advice = advice.replace("another place", f"another place with {option}")
    return CannotWrite(
        f"{path}: cannot write{' ' + what if what else ''}: {reason}; nothing written" + (f" ({advice})" if advice else "")
    )
