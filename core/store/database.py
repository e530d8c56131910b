"""Open the database file safely: check it, back it up, migrate it, then hand it out.

A file that is locked, read-only, corrupt or written by a newer version of the app is
reported with a clear message and never modified.
"""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.errors import DatabaseProblem
from core.files import (
    create_private_file,
    folder_is_full,
    make_private_folder,
    out_of_space,
)
from core.i18n import translate
from core.store import evolution, migrations
from core.store.connection import SQLITE_ENGINE, Database
from core.store.migrations import MIGRATION_SET, migration_names
from core.store.transactions import BUSY_WAIT_SECONDS

DATABASE_FILE_NAME = "customsdesk.sqlite"
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")  # SQLite's own files beside the database
SQLITE_HEADER = b"SQLite format 3\x00"

log = logging.getLogger(__name__)


@dataclass
class Store:
    """The owner of one connection to the database, used only from the thread that opened it."""

    db: Database
    path: Path
    backup_path: Path | None = None

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def change_feed(self) -> None:
        """A SQLite file has one workstation: what it changes, its window knows already."""
        return None

    def another_connection(self) -> Store:
        """For another thread (see connect_store)."""
        return connect_store(self.path)

    def close(self) -> None:
        self.db.close()


def schema_version(db: Database) -> int:
    """Migrations 001–010, then one per schema change (core.store.evolution)."""
    revision = evolution.current_revision(db)
    return evolution.version_of(revision) if revision else len(migrations.applied(db))


def open_store(path: Path, busy_wait: float = BUSY_WAIT_SECONDS,
               before_changes: Callable[[sqlite3.Connection], None] | None = None) -> Store:
    """Open (creating when missing) and migrate the database at ``path``; while another program writes,
    wait up to ``busy_wait`` seconds before reporting it locked.

    ``before_changes`` is called with the connection once the file is known to be sound and before anything is
    written to it (WAL mode, migrations): what it raises leaves the file as it was.
    """
    path = Path(path)
    exists = path.exists()
    if exists:
        _check_file(path)
    else:
        _create_private(path)  # SQLite gives its -wal and -shm files the database file's mode
    conn = _connect(path, busy_wait)
    try:
        db = Database(conn)
        _check_readable_and_known(db, path)
        _check_not_locked(conn, path)
        if before_changes is not None:
            before_changes(conn)
        _configure(conn, path)
        backup_path = _migrate(db, path, exists)
    except BaseException:
        conn.close()
        raise
    return Store(db=db, path=path, backup_path=backup_path)


def connect_store(path: Path, busy_wait: float = BUSY_WAIT_SECONDS) -> Store:
    """Another connection to a database that :func:`open_store` has opened (checked and migrated) already,
    for use from another thread: cheap, it checks and migrates nothing."""
    path = Path(path)
    conn = _connect(path, busy_wait)
    try:
        _configure_connection(conn)
        db = Database(conn)
    except BaseException:
        conn.close()
        raise
    return Store(db=db, path=path)


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseProblem("not-a-file", path, translate(
            "Store", "{path} is a folder, not a database file. Choose another data folder with --data-dir.",
        ).format(path=path))
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseProblem("unreadable", path, translate(
            "Store", "The database {path} cannot be read ({reason}). Check the file's permissions.",
        ).format(path=path, reason=exc.strerror)) from None
    if header and header != SQLITE_HEADER:
        raise DatabaseProblem("corrupt", path, _corrupt_message(path))
    if not _writable(path):
        raise DatabaseProblem("read-only", path, translate(
            "Store", "The database {path} is read-only. CustomsDesk needs to write to it: give your user write "
                     "permission to the file and its folder, or copy it to a writable folder and use --data-dir.",
        ).format(path=path))


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _create_private(path: Path) -> None:
    """The folder (0700) and an empty database file (0600): only the user reads them."""
    try:
        make_private_folder(path.parent)
        create_private_file(path)
    except OSError as exc:
        if path.parent.exists() and not path.parent.is_dir():
            raise DatabaseProblem("unwritable-folder", path, translate(
                "Store", "{folder} is a file, not a folder: choose a data folder with --data-dir.",
            ).format(folder=path.parent)) from None
        if out_of_space(exc):
            raise disk_full(path) from None
        raise DatabaseProblem("unwritable-folder", path, translate(
            "Store", "The data folder {folder} cannot be created ({reason}). Choose another one with --data-dir.",
        ).format(folder=path.parent, reason=exc.strerror)) from None


def _connect(path: Path, busy_wait: float) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, timeout=busy_wait, isolation_level=None)
    except sqlite3.Error as exc:
        raise DatabaseProblem("unopenable", path, translate(
            "Store", "The database {path} cannot be opened: {reason}.").format(path=path, reason=exc)) from None
    conn.row_factory = sqlite3.Row
    return conn


def _check_readable_and_known(db: Database, path: Path) -> None:
    try:
        db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _check_pages(db.conn, path)
        applied = set(migrations.applied(db))
        revision = evolution.current_revision(db)
    except sqlite3.Error as exc:
        raise problem_for(exc, path) from None
    unknown = applied - set(migration_names()) | ({revision} - set(evolution.REVISIONS) if revision else set())
    if unknown:
        raise DatabaseProblem("newer", path, translate(
            "Store", "The database {path} was written by a newer version of CustomsDesk (it has schema changes this "
                     "version does not know: {changes}). Install the newer version; the file was not changed.",
        ).format(path=path, changes=", ".join(sorted(unknown))))


def _check_pages(conn: sqlite3.Connection, path: Path) -> None:
    """Every page of every table and index is well formed (SQLite's quick_check: one read of the file,
    without comparing indexes with their tables), before anything is written."""
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(10)").fetchall()]
    if problems != ["ok"]:
        log.error("the database %s is damaged: %s", path, "; ".join(problems))
        raise DatabaseProblem("corrupt", path, _corrupt_message(path))


def _check_not_locked(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise problem_for(exc, path) from None


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # kept in the file: readers and a writer on other connections go on
        _configure_connection(conn)
    except sqlite3.Error as exc:
        raise problem_for(exc, path) from None


def _configure_connection(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    SQLITE_ENGINE.prepare_connection(conn)


def _migrate(db: Database, path: Path, existed: bool) -> Path | None:
    revision = evolution.current_revision(db)
    if not migrations.pending(db) and revision == evolution.LATEST:
        return None
    backup_path = None
    if existed and migrations.applied(db):
        backup_path = _backup(db, path, schema_version(db))
    try:
        migrations.apply(db)
        evolution.upgrade(path, mark_as=None if revision else evolution.BASELINE)
    except Exception as exc:
        exc = getattr(exc, "orig", None) or exc  # SQLAlchemy's wrapping of SQLite's error
        if not isinstance(exc, sqlite3.Error):
            raise
        if is_disk_full(exc, path.parent):
            raise disk_full(path) from None
        if backup_path:
            message = translate("Store", "Updating the database {path} failed ({reason}); it was left as it was and a "
                                         "copy is in {backup}.")
        else:
            message = translate("Store", "Updating the database {path} failed ({reason}); it was left as it was.")
        raise DatabaseProblem("migration-failed", path, message.format(
            path=path, reason=exc, backup=backup_path)) from None
    return backup_path


def _backup(db: Database, path: Path, version: int) -> Path:
    """Copy the whole database (including its WAL) before a migration touches it."""
    backup_path = path.with_name(f"{path.stem}.v{version}.backup{path.suffix}")
    if backup_path.exists():
        shutil.move(backup_path, backup_path.with_name(backup_path.name + ".old"))
    try:
        create_private_file(backup_path)
        target = sqlite3.connect(backup_path)
        try:
            db.conn.backup(target)
        finally:
            target.close()
    except (OSError, sqlite3.Error) as exc:
        backup_path.unlink(missing_ok=True)  # half a copy is no backup
        if is_disk_full(exc, path.parent):
            raise disk_full(path) from None
        raise DatabaseProblem("backup-failed", path, translate(
            "Store", "Before updating the database {path}, CustomsDesk could not copy it to {backup} ({reason}), so it "
                     "did not update it; nothing was changed. Check the folder and try again.",
        ).format(path=path, backup=backup_path, reason=exc)) from None
    return backup_path


# SQLite's primary result codes (the low byte of an error's sqlite_errorcode)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_disk_full(exc: BaseException, folder: Path) -> bool:
    """Whether ``exc`` means there is no room on the disk holding ``folder`` (a file that may not grow counts).

    SQLite says so itself (SQLITE_FULL) when a write came up short; when it could not write at all it reports
    an I/O error without the reason: then a probe write in the folder tells whether space is the reason.
    """
    if isinstance(exc, OSError):
        return out_of_space(exc)
    if not isinstance(exc, sqlite3.Error):
        return False
    code = _primary_code(exc)
    if code == SQLITE_FULL or "disk is full" in str(exc):
        return True
    return code == SQLITE_IOERR and folder_is_full(Path(folder))


def disk_full(path: Path) -> DatabaseProblem:
    folder = Path(path).parent
    return DatabaseProblem("disk-full", path, translate(
        "Store", "The disk holding {folder} is full: CustomsDesk cannot work with its database {path} without some "
                 "free space. Free some space on that disk and try again; nothing was changed.",
    ).format(folder=folder, path=path))


def problem_for(exc: sqlite3.Error, path: Path) -> DatabaseProblem:
    """What an error of SQLite while opening the database means for the user."""
    code = _primary_code(exc)
    text = str(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return DatabaseProblem("locked", path, _locked_message(path))
    if is_disk_full(exc, path.parent):
        return disk_full(path)
    if code == SQLITE_READONLY or "readonly" in text.replace(" ", "").replace("-", ""):
        return DatabaseProblem("read-only", path, translate(
            "Store", "The database {path} is read-only. Give your user write permission or use --data-dir.",
        ).format(path=path))
    if code == SQLITE_IOERR:
        return DatabaseProblem("disk-error", path, translate(
            "Store", "The disk holding {folder} reported an error while CustomsDesk read its database {path} "
                     "({reason}). Check the disk (and its connection, for a network or removable drive) and try "
                     "again; nothing was changed.",
        ).format(folder=path.parent, path=path, reason=exc))
    if code == SQLITE_CANTOPEN:
        return DatabaseProblem("unopenable", path, translate(
            "Store", "The database {path} cannot be opened ({reason}). Check that your user may read and write the "
                     "folder {folder}; nothing was changed.",
        ).format(path=path, reason=exc, folder=path.parent))
    return DatabaseProblem("corrupt", path, _corrupt_message(path))


def backup_files(path: Path) -> list[Path]:
    """The copies taken before migrations (``customsdesk.vN.backup.sqlite``, and older ones moved aside)."""
    return sorted(Path(path).parent.glob(f"{Path(path).stem}.v*.backup*"))


def _locked_message(path: Path) -> str:
    return translate(
        "Store", "The database {path} is in use by another program (it is locked). Close the other CustomsDesk "
                 "window or program using it and try again; nothing was changed.",
    ).format(path=path)


def _corrupt_message(path: Path) -> str:
    return translate(
        "Store", "The file {path} is not a readable CustomsDesk database (it is damaged or not a database). It was "
                 "not changed. Restore it from a backup, or move it aside to start with a new one.",
    ).format(path=path)


__all__ = ["DATABASE_FILE_NAME", "DatabaseProblem", "disk_full", "is_disk_full", "problem_for", "Store",
           "connect_store", "open_store", "schema_version", "MIGRATION_SET"]
