"""One open data folder: the database, the installation key, reference data and the accounts.

Nothing here acts for a user. Signing in returns a :class:`~core.context.UserContext` that does.
"""
from __future__ import annotations

import getpass
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from core import APP_NAME
from core.data_folder import DataFolder
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.refdata.catalogue import Catalogue
from core.refdata.importer import install_builtin
from core.secrets import SecretBox
from core.settings import SCHEMA_FOLDER_KEY, Settings
from core.store import Store, open_store
from core.store.connection import Database
from core.store.database import DATABASE_FILE_NAME, disk_full, is_disk_full
from core.store.office import chosen_office_url, open_office_store
from core.users import AuditLog, UserService

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from core.context import UserContext
    from core.transport.certificates import StoredCertificate


TIGHTENED = QT_TRANSLATE_NOOP("Installation", "CustomsDesk made these files and folders readable by their owner "
                                              "only (others could read them): {paths}")


def tightened_message(paths: list[Path]) -> str:
    """What the user reads about the files made private, in their language."""
    return translate("Installation", TIGHTENED).format(paths=", ".join(str(p) for p in paths))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def local_user() -> str:
    """The login name of the workstation's user: the name of a new installation's administrator."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "admin"


@dataclass(frozen=True)
class Hooks:
    """What an interface adds to the installation without core knowing it (e.g. the training simulator)."""

    participant_imported: Callable[[Path, StoredCertificate], None] | None = None


class Installation:
    """The open data folder. Opened once per process; closed when the process is done with it."""

    def __init__(self, data_dir: Path, store: Store, box: SecretBox, hooks: Hooks = Hooks(),
                 private_keys: dict | None = None):
        self.data_dir = data_dir
        self.folder = DataFolder(data_dir)
        self.store = store
        self.box = box
        self.hooks = hooks
        # participant keys opened so far, shared by every connection of this installation: opening one (and
        # checking it) holds the interpreter for tens of milliseconds, so it is done once, not at every run
        self.private_keys = {} if private_keys is None else private_keys
        self.settings = Settings(store.db)
        self.catalogue = Catalogue(store.db)
        self.audit = AuditLog(store.db)
        self.users = UserService(store.db, box, self.audit)
        self.tightened: list[Path] = []  # files and folders others could read, made private when opened

    @classmethod
    def open(cls, data_dir: Path | None = None, first_user: str | None = None, hooks: Hooks = Hooks(),
             database_url: str | None = None) -> Installation:
        """Open (create, migrate) the database: the data folder's SQLite file, or the office database at
        ``database_url``; a new installation gets its administrator without a password."""
        data_dir = Path(data_dir) if data_dir else default_data_dir()
        boxes: list[SecretBox] = []
        database_url = database_url or chosen_office_url(data_dir)
        if database_url:
            store = open_office_store(database_url)
            boxes.append(SecretBox.for_data_dir(data_dir, sealed_with_installation_key(store.db)))
        else:
            # the key before anything is written: a lost key file must not be made anew over secrets sealed with it
            store = open_store(data_dir / DATABASE_FILE_NAME,
                               before_changes=lambda conn: boxes.append(SecretBox.for_data_dir(
                                   data_dir, sealed_with_installation_key(Database(conn)))))
        try:
            install_builtin(store.db)
            installation = cls(data_dir, store, boxes[0], hooks)
            installation.users.bootstrap(first_user or local_user())
        except (sqlite3.Error, OSError) as exc:
            store.close()
            if is_disk_full(exc, data_dir):
                raise disk_full(store.path) from None
            raise
        except BaseException:
            store.close()
            raise
        installation.tightened = installation.folder.tighten_permissions()
        if installation.tightened:
            log.warning(TIGHTENED.format(paths=", ".join(str(p) for p in installation.tightened)))
        return installation

    @property
    def db(self):
        return self.store.db

    def open_connection(self) -> Installation:
        """The same data folder over a connection of its own to the database (opened and migrated already),
        for another thread: open it on that thread, and close it there when done."""
        return Installation(self.data_dir, self.store.another_connection(), self.box, self.hooks, self.private_keys)

    # -- signing in -----------------------------------------------------------------------------
    def sign_in(self, login: str | None, password: str | None) -> UserContext:
        """With a password, or (password None) as the password-less administrator of a single-user installation."""
        if password is None:
            session = self.users.sign_in_without_password(login)
        else:
            session = self.users.authenticate(login or "", password)
        from core.context import (
            UserContext,  # the services load at the first sign-in, not with the window
        )

        return UserContext.build(self, session)

    # -- installation-wide settings ---------------------------------------------------------------
    def schema_folder(self) -> Path | None:
        """An imported folder of official message schemas, validated against in addition to our own."""
        folder = self.settings.get(SCHEMA_FOLDER_KEY)
        return Path(folder) if folder else None

    def close(self) -> None:
        self.store.close()


def sealed_with_installation_key(db: Database) -> list[str]:
    """What the database holds that only the installation key opens, in words (empty: nothing).

    A SQLite file is read before migrations, so every table and column is looked for first: a database of any
    version. An office database has the whole schema when this is read.
    """
    conn = db.conn
    tables = db.table_names()

    def columns(table: str) -> set[str]:
        return db.column_names(table) if table in tables else set()

    def count(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    found = []
    if "password" in columns("users"):
        logins = [row[0] for row in conn.execute("SELECT login FROM users WHERE password IS NULL ORDER BY login")]
        if len(logins) == 1:
            found.append(translate("Installation", "the personal key (and so the access codes) of {login}, who has no "
                                                   "password yet").format(login=logins[0]))
        elif logins:
            found.append(translate("Installation", "the personal key (and so the access codes) of {logins}, who have "
                                                   "no password yet").format(logins=", ".join(logins)))
    legacy = count("SELECT count(*) FROM access_codes_legacy") if "access_codes_legacy" in tables else 0
    if "owner" in columns("access_codes"):  # before user accounts, codes were sealed with the installation key
        legacy += count("SELECT count(*) FROM access_codes")
    if legacy:
        found.append(translate("Installation", "%n access code(s) stored before user accounts", None, legacy))
    if "key_sealed" in columns("certificates"):
        keys = count("SELECT count(*) FROM certificates WHERE key_sealed IS NOT NULL")
        if keys:
            found.append(translate("Installation", "the private key of %n participant certificate(s)", None, keys))
    if {"direction", "xml"} <= columns("messages"):
        messages = count("SELECT count(*) FROM messages WHERE direction = 'out' AND xml IS NOT NULL")
        if messages:
            found.append(translate("Installation", "%n outgoing message(s)", None, messages))
    return found


def open_context(
    data_dir: Path | None = None, user: str | None = None, password: str | None = None, hooks: Hooks = Hooks(),
    database_url: str | None = None,
) -> UserContext:
    """Open the data folder and sign in, for one-shot use (a headless command, a script): closing the
    context closes the installation."""
    installation = Installation.open(data_dir, first_user=user, hooks=hooks, database_url=database_url)
    try:
        context = installation.sign_in(user, password)
    except sqlite3.Error as exc:  # signing in writes to the audit log
        installation.close()
        if is_disk_full(exc, installation.data_dir):
            raise disk_full(installation.store.path) from None
        raise
    except BaseException:
        installation.close()
        raise
    return context
