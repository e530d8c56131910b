"""Files on disk: the files a user names (exports, reports) and CustomsDesk's own private files.

A file the user names is written whole or not at all (a temporary file in the same folder, fsync, then
renamed over the name), never over an existing file unless the user said to replace it, and never over
a file that belongs to CustomsDesk (its database, key file, backups or logs), whatever the user said.

CustomsDesk's own folders are readable by their owner only (0700) and its own files too (0600).
"""
from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
from collections.abc import Mapping
from pathlib import Path

from core.errors import FieldError, ValidationError
from core.i18n import translate

PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# "the disk is full", "the quota is used up", and "the file may not grow" (a file size limit): the same to a user
OUT_OF_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
MODES_APPLY = os.name == "posix"  # elsewhere a mode is only a read-only flag: the folder's ACLs protect the files


SPACE_PROBE_BYTES = 256 * 1024  # what SQLite needs at least to open and change a database (its -shm is 32 KiB)


def out_of_space(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in OUT_OF_SPACE


def folder_is_full(folder: Path) -> bool:
    """Whether a file in ``folder`` cannot grow to SPACE_PROBE_BYTES: the disk (or the quota) is full, or
    files may not grow that much. Tried with a real file, removed at once; False when it cannot be told."""
    try:
        if shutil.disk_usage(folder).free < SPACE_PROBE_BYTES:
            return True
    except OSError:
        pass
    probe = Path(folder) / f".customsdesk-space-check-{secrets.token_hex(4)}"
    try:
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except OSError as exc:
        return out_of_space(exc)
    try:
        block = bytes(64 * 1024)
        written = 0
        while written < SPACE_PROBE_BYTES:
            written += os.write(descriptor, block)
        os.fsync(descriptor)  # a file system that allocates late says so here
        return False
    except OSError as exc:
        return out_of_space(exc)
    finally:
        os.close(descriptor)
        _remove_quietly(probe)


# -- files the user names -------------------------------------------------------------------------------------
def write_user_file(path: Path, data: bytes, *, replace: bool, protected: Mapping[Path, str] = {},
                    field: str = "file", private: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically; the path written.

    ``replace`` False refuses an existing file. ``protected`` maps files and folders that are never written
    (a folder covers everything in it) to what they are, for the message. Raises ValidationError on ``field``;
    nothing is left behind when it fails.
    """
    path = check_user_file(path, replace=replace, protected=protected, field=field)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        _write_new(temporary, data, PRIVATE_FILE_MODE if private else _mode_of(path) if replace else None)
        try:
            _move_into_place(temporary, path, replace)
        except BaseException:
            _remove_quietly(temporary)
            raise
    except FileExistsError:
        raise ValidationError([FieldError(field, _exists_message(path))]) from None
    except OSError as exc:
        raise ValidationError([FieldError(field, _cannot_write(path, exc))]) from None
    _sync_folder(path.parent)
    return path


def check_user_file(path: Path, *, replace: bool, protected: Mapping[Path, str] = {}, field: str = "file") -> Path:
    """Refuse, before any work is done, a name :func:`write_user_file` would refuse; the absolute path."""
    path = Path(path).absolute()
    what = why_protected(path, protected)
    if what is not None:
        #: {what}: which of CustomsDesk's own files it is, e.g. "CustomsDesk's key file"
        raise ValidationError([FieldError(field, translate(
            "Files", "{path} is {what}: CustomsDesk never writes an export over it, not even with --force. Choose "
                     "another name or folder; nothing was written.").format(path=path, what=what))])
    if path.is_dir():
        raise ValidationError([FieldError(field, translate(
            "Files", "{path} is a folder: give the name of a file to write.").format(path=path))])
    if not replace and os.path.lexists(path):
        raise ValidationError([FieldError(field, _exists_message(path))])
    return path


def _exists_message(path: Path) -> str:
    return translate("Files", "{path} already exists and was left as it was: choose another name, or use --force to "
                              "replace it.").format(path=path)


def _write_new(temporary: Path, data: bytes, mode: int | None) -> None:
    # 0o666 less the umask, as any program's new file; a replaced file keeps its own mode
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as file:
            if mode is not None and MODES_APPLY:
                os.chmod(temporary, mode)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        _remove_quietly(temporary)
        raise


def _move_into_place(temporary: Path, path: Path, replace: bool) -> None:
    if replace:
        os.replace(temporary, path)
        return
    try:  # a link is made only where no file exists yet: nothing written in between is lost
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "exists", str(path)) from None
        os.replace(temporary, path)
        return
    _remove_quietly(temporary)


def _mode_of(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _cannot_write(path: Path, exc: OSError) -> str:
    if out_of_space(exc):
        return translate("Files", "Cannot write {path}: the disk holding {folder} is full. Free some space and try "
                                  "again; nothing was written.").format(path=path, folder=path.parent)
    #: {reason}: the system's reason, e.g. "Permission denied"
    return translate("Files", "Cannot write {path}: {reason}. Choose another folder; nothing was written.").format(
        path=path, reason=exc.strerror or exc)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; elsewhere the file system does it)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def why_protected(path: Path, protected: Mapping[Path, str]) -> str | None:
    """What ``path`` is when it is one of ``protected`` or inside one of them (through links and in any
    letter case); None when it may be written."""
    target = _comparable(path)
    for own, what in protected.items():
        mine = _comparable(own)
        if target == mine or mine in target.parents:
            return what
        try:
            if os.path.samefile(path, own):  # another name (a hard link) for the same file
                return what
        except OSError:
            pass
    return None


def _comparable(path: Path) -> Path:
    return Path(os.path.normcase(os.path.realpath(path)).casefold())


# -- CustomsDesk's own files ----------------------------------------------------------------------------------
def make_private_folder(folder: Path) -> bool:
    """Create ``folder`` (and missing parents), the folder itself readable by its owner only; False when it
    existed (it is left as it is: see :func:`tighten`)."""
    folder = Path(folder)
    if folder.is_dir():
        return False
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE)
    except FileExistsError:
        if not folder.is_dir():
            raise
        return False
    return True


def create_private_file(path: Path) -> bool:
    """Create an empty file readable by its owner only; False when it exists already."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(descriptor)
    return True


def tighten(path: Path) -> bool:
    """Take away the group's and others' access to ``path`` (the owner's stays as it is: a read-only file
    stays read-only); True when its mode was changed. A file this user may not change, a link, and a folder
    shared on purpose (sticky, as /tmp) are left as they are."""
    if not MODES_APPLY:
        return False
    try:
        status = os.lstat(path)
        mode = stat.S_IMODE(status.st_mode)
        if stat.S_ISLNK(status.st_mode) or mode & stat.S_ISVTX or not mode & 0o077:
            return False
        os.chmod(path, mode & ~0o077)
    except OSError:
        return False
    return True
