"""One open data folder: the store and the services over it, for the GUI and the CLI alike."""
from __future__ import annotations

import getpass
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import platformdirs

from core import APP_NAME
from core.communication import CommParamsService
from core.guarantees.access_codes import AccessCodeService
from core.guarantees.service import GuaranteeService
from core.organisations import OrganisationService
from core.refdata.catalogue import Catalogue
from core.refdata.importer import install_builtin
from core.secrets import SecretBox
from core.store import Store, open_store
from core.store.database import DATABASE_FILE_NAME

DEMO_OFFERED_KEY = "demo_offered"
SCHEMA_FOLDER_KEY = "schema_folder"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def local_user() -> str:
    """Until user accounts exist, the workstation's login name is the current user."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"


@dataclass
class Workspace:
    data_dir: Path
    store: Store
    user: str
    organisations: OrganisationService
    guarantees: GuaranteeService
    access_codes: AccessCodeService
    params: CommParamsService
    catalogue: Catalogue
    box: SecretBox

    @classmethod
    def open(cls, data_dir: Path | None = None, user: str | None = None) -> Workspace:
        data_dir = Path(data_dir) if data_dir else default_data_dir()
        store = open_store(data_dir / DATABASE_FILE_NAME)
        install_builtin(store.db)
        user = user or local_user()
        db = store.db
        box = SecretBox.for_data_dir(data_dir)
        return cls(
            data_dir=data_dir, store=store, user=user,
            organisations=OrganisationService(db), guarantees=GuaranteeService(db),
            access_codes=AccessCodeService(db, box, user),
            params=CommParamsService(db), catalogue=Catalogue(db), box=box,
        )

    @cached_property
    def certificates(self):
        from core.transport.certificates import CertificateStore

        return CertificateStore(self.db, self.box)

    @cached_property
    def messaging(self):
        from core.messaging.service import MessagingService

        return MessagingService(self)

    def set_schema_folder(self, folder: Path | None) -> list[str]:
        """Use the official schemas in ``folder`` as well as our own (None: our own only)."""
        if folder is None:
            with self.db.atomic():
                self.db.execute("DELETE FROM settings WHERE key = ?", [SCHEMA_FOLDER_KEY])
            return []
        from core.messages.schemas import check_schema_folder

        found = check_schema_folder(folder)
        self.set_setting(SCHEMA_FOLDER_KEY, str(Path(folder).resolve()))
        return found

    def schema_folder(self) -> Path | None:
        """An imported folder of official message schemas, validated against in addition to our own."""
        folder = self.setting(SCHEMA_FOLDER_KEY)
        return Path(folder) if folder else None

    @property
    def db(self):
        return self.store.db

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])

    def should_offer_demo(self) -> bool:
        return self.organisations.count() == 0 and self.setting(DEMO_OFFERED_KEY) is None

    def close(self) -> None:
        self.store.close()
