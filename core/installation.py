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
from core.refdata.catalogue import Catalogue
from core.refdata.importer import install_builtin
from core.secrets import SecretBox
from core.settings import SCHEMA_FOLDER_KEY, Settings
from core.store import Store, open_store
from core.store.database import DATABASE_FILE_NAME, disk_full, is_disk_full
from core.users import AuditLog, UserService

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from core.context import UserContext
    from core.transport.certificates import StoredCertificate


def tightened_message(paths: list[Path]) -> str:
    return ("CustomsDesk made these files and folders readable by their owner only (others could read them): "
            + ", ".join(str(p) for p in paths))


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

    def __init__(self, data_dir: Path, store: Store, box: SecretBox, hooks: Hooks = Hooks()):
        self.data_dir = data_dir
        self.folder = DataFolder(data_dir)
        self.store = store
        self.box = box
        self.hooks = hooks
        self.settings = Settings(store.db)
        self.catalogue = Catalogue(store.db)
        self.audit = AuditLog(store.db)
        self.users = UserService(store.db, box, self.audit)
        self.tightened: list[Path] = []  # files and folders others could read, made private when opened

    @classmethod
    def open(cls, data_dir: Path | None = None, first_user: str | None = None, hooks: Hooks = Hooks()) -> Installation:
        """Open (create, migrate) the database; a new installation gets its administrator without a password."""
        data_dir = Path(data_dir) if data_dir else default_data_dir()
        store = open_store(data_dir / DATABASE_FILE_NAME)
        try:
            install_builtin(store.db)
            installation = cls(data_dir, store, SecretBox.for_data_dir(data_dir), hooks)
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
            log.warning(tightened_message(installation.tightened))
        return installation

    @property
    def db(self):
        return self.store.db

    # -- signing in -----------------------------------------------------------------------------
    def sign_in(self, login: str | None, password: str | None) -> UserContext:
        """With a password, or (password None) as the password-less administrator of a single-user installation."""
        if password is None:
            session = self.users.sign_in_without_password(login)
        else:
            session = self.users.authenticate(login or "", password)
        from core.context import UserContext  # the services load at the first sign-in, not with the window

        return UserContext.build(self, session)

    # -- installation-wide settings ---------------------------------------------------------------
    def schema_folder(self) -> Path | None:
        """An imported folder of official message schemas, validated against in addition to our own."""
        folder = self.settings.get(SCHEMA_FOLDER_KEY)
        return Path(folder) if folder else None

    def close(self) -> None:
        self.store.close()


def open_context(
    data_dir: Path | None = None, user: str | None = None, password: str | None = None, hooks: Hooks = Hooks(),
) -> UserContext:
    """Open the data folder and sign in, for one-shot use (a headless command, a script): closing the
    context closes the installation."""
    installation = Installation.open(data_dir, first_user=user, hooks=hooks)
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
