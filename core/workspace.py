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
from core.users import Access, AuditLog, RepresentationService, Session, UserService

DEMO_OFFERED_KEY = "demo_offered"
SCHEMA_FOLDER_KEY = "schema_folder"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def local_user() -> str:
    """The login name of the workstation's user: the name of a new installation's administrator."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "admin"


@dataclass
class Workspace:
    """The open database and the services over it, for the signed-in user.

    ``connect`` opens the database only; ``sign_in`` binds a user, after which the services exist.
    """

    data_dir: Path
    store: Store
    box: SecretBox
    catalogue: Catalogue
    audit: AuditLog
    users: UserService
    session: Session | None = None
    access: Access | None = None
    organisations: OrganisationService | None = None
    guarantees: GuaranteeService | None = None
    access_codes: AccessCodeService | None = None
    params: CommParamsService | None = None
    representations: RepresentationService | None = None
    on_participant_imported: object = None

    @classmethod
    def connect(cls, data_dir: Path | None = None, first_user: str | None = None) -> Workspace:
        """Open (create, migrate) the database; a new installation gets its administrator without a password."""
        data_dir = Path(data_dir) if data_dir else default_data_dir()
        store = open_store(data_dir / DATABASE_FILE_NAME)
        install_builtin(store.db)
        box = SecretBox.for_data_dir(data_dir)
        audit = AuditLog(store.db)
        users = UserService(store.db, box, audit)
        users.bootstrap(first_user or local_user())
        return cls(data_dir=data_dir, store=store, box=box, catalogue=Catalogue(store.db), audit=audit, users=users)

    @classmethod
    def open(cls, data_dir: Path | None = None, user: str | None = None, password: str | None = None) -> Workspace:
        """Open and sign in: with a password, or as the password-less administrator of a single-user installation."""
        ws = cls.connect(data_dir, first_user=user)
        try:
            ws.sign_in(user, password)
        except BaseException:
            ws.close()
            raise
        return ws

    def sign_in(self, login: str | None, password: str | None) -> Session:
        if password is None:
            session = self.users.sign_in_without_password(login)
        else:
            session = self.users.authenticate(login or "", password)
        self._bind(session)
        return session

    def _bind(self, session: Session) -> None:
        db = self.db
        self.session = session
        self.access = Access(db, session.user)
        self.audit.only_user = None if self.access.is_admin else session.login
        self.organisations = OrganisationService(db, self.access)
        self.guarantees = GuaranteeService(db, self.access)
        self.access_codes = AccessCodeService(db, session, self.access, self.audit)
        self.params = CommParamsService(db, self.access)
        self.representations = RepresentationService(db, self.access, self.audit)
        self.__dict__.pop("certificates", None)
        self.__dict__.pop("onboarding", None)
        self.__dict__.pop("messaging", None)

    @property
    def user(self) -> str:
        return self.session.login

    def lock(self) -> None:
        """Idle lock: forget the user's key until they sign in again."""
        with self.db.atomic():
            self.audit.record(self.user, "locked")
        self.session.lock()

    def unlock(self, password: str) -> None:
        self.users.unlock(self.session, password)

    @cached_property
    def certificates(self):
        from core.transport.certificates import CertificateStore

        hook = self.on_participant_imported
        return CertificateStore(self.db, self.box, self.access,
                                on_participant_imported=(lambda row: hook(self.data_dir, row)) if hook else None)

    @cached_property
    def onboarding(self):
        from core.communication.onboarding import OnboardingService

        return OnboardingService(self.db, self.access, self.certificates, self.params, self.audit)

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
