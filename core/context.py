"""The signed-in user's context: every service of the register, built once, bound to that user.

A context is immutable: signing out discards it, signing in again (as anyone) builds a new one. The only
state that changes inside it is the session's key, forgotten at an idle lock and given back at unlock.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.communication import CommParamsService
from core.communication.onboarding import OnboardingService
from core.continuity.bcp import BcpService
from core.continuity.incidents import IncidentService
from core.guarantees.access_codes import AccessCodeService
from core.guarantees.actions import GuaranteeActions
from core.guarantees.service import GuaranteeService
from core.messaging.service import MessagingService
from core.messaging.store import utc_now
from core.organisations import OrganisationService
from core.refdata.service import ReferenceDataService
from core.settings import DEMO_OFFERED_KEY, SCHEMA_FOLDER_KEY
from core.suma.answers import HANDLERS as SUMMARY_DECLARATION_ANSWERS
from core.suma.service import SumaService
from core.transport.certificates import CertificateStore
from core.users import Access, AuditLog, RepresentationService, Session
from core.users.access import system_access

if TYPE_CHECKING:
    from core.installation import Installation


@dataclass(frozen=True)
class UserContext:
    installation: Installation
    session: Session
    access: Access
    audit: AuditLog
    organisations: OrganisationService
    guarantees: GuaranteeService
    access_codes: AccessCodeService
    params: CommParamsService
    representations: RepresentationService
    certificates: CertificateStore
    onboarding: OnboardingService
    messaging: MessagingService
    actions: GuaranteeActions
    reference_data: ReferenceDataService
    suma: SumaService
    incidents: IncidentService
    bcp: BcpService

    @classmethod
    def build(cls, installation: Installation, session: Session) -> UserContext:
        db = installation.db
        access = Access(db, session.user)
        audit = AuditLog(db, only_user=None if access.is_admin else session.login, files=installation.folder)
        organisations = OrganisationService(db, access)
        guarantees = GuaranteeService(db, access)
        access_codes = AccessCodeService(db, session, access, installation.audit)
        params = CommParamsService(db, access)
        certificates = CertificateStore(db, installation.box, access, files=installation.folder,
                                        on_participant_imported=_hook(installation), keys=installation.private_keys)
        onboarding = OnboardingService(db, access, certificates, params, installation.audit)
        messaging = _messaging(installation, session, access, organisations, guarantees, access_codes, params,
                               certificates, utc_now)
        return cls(installation, session, access, audit, organisations, guarantees, access_codes, params,
                   RepresentationService(db, access, installation.audit), certificates, onboarding, messaging,
                   GuaranteeActions(db, organisations, guarantees, access_codes), ReferenceDataService(db, access),
                   SumaService(db=db, access=access, settings=installation.settings, catalogue=installation.catalogue,
                               user=session.login, messaging=messaging, params=params, certificates=certificates),
                   IncidentService(db, access, files=installation.folder),
                   BcpService(db, access, installation.settings, installation.catalogue))

    def on_new_connection(self) -> UserContext:
        """This user's context over a database connection of its own, for another thread (a connection is
        used only by the thread that opened it): call it on that thread, and close it there when done.

        It shares this context's session, so a lock or a sign-out reaches it at once."""
        installation = self.installation.open_connection()
        try:
            return UserContext.build(installation, self.session)
        except BaseException:
            installation.close()
            raise

    def messaging_at(self, clock: Callable[[], datetime]) -> MessagingService:
        """A messaging service of this user that reads the time from ``clock`` (the simulator and tests move it)."""
        return _messaging(self.installation, self.session, self.access, self.organisations, self.guarantees,
                          self.access_codes, self.params, self.certificates, clock)

    # -- who ------------------------------------------------------------------------------------
    @property
    def user(self) -> str:
        return self.session.login

    def lock(self) -> None:
        """Idle lock: forget the user's key until they sign in again."""
        with self.db.atomic():
            self.installation.audit.record(self.user, "locked")
        self.session.lock()

    def unlock(self, password: str) -> None:
        self.installation.users.unlock(self.session, password)

    def sign_out(self) -> None:
        """Record the sign-out and forget the user's key; the context must not be used afterwards."""
        with self.db.atomic():
            self.installation.audit.record(self.user, "logout")
        self.session.lock()

    # -- the installation, as this user sees it ---------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return self.installation.data_dir

    @property
    def store(self):
        return self.installation.store

    @property
    def db(self):
        return self.installation.db

    @property
    def box(self):
        return self.installation.box

    @property
    def catalogue(self):
        return self.installation.catalogue

    @property
    def users(self):
        return self.installation.users

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.installation.settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.installation.settings.set(key, value)

    def schema_folder(self) -> Path | None:
        return self.installation.schema_folder()

    def set_schema_folder(self, folder: Path | None) -> list[str]:
        """Use the official schemas in ``folder`` as well as our own (None: our own only)."""
        if folder is None:
            self.installation.settings.delete(SCHEMA_FOLDER_KEY)
            return []
        from core.messages.schemas import check_schema_folder

        found = check_schema_folder(folder)
        self.installation.settings.set(SCHEMA_FOLDER_KEY, str(Path(folder).resolve()))
        return found

    def write_user_file(self, path: Path, data: bytes, *, replace: bool) -> Path:
        """Save a document the user asked for (a PDF of a message, a report) under the name they chose:
        atomically, over an existing file only with ``replace``, never over the data folder's own files."""
        return self.installation.folder.write_user_file(path, data, replace=replace)

    def should_offer_demo(self) -> bool:
        return self.organisations.count() == 0 and self.setting(DEMO_OFFERED_KEY) is None

    def close(self) -> None:
        """Close the installation this context was opened with (one-shot use: a command, a script, a test; or
        the connection of :meth:`on_new_connection`)."""
        self.installation.close()


def _messaging(installation: Installation, session: Session, access: Access, organisations, guarantees,
               access_codes, params, certificates, clock) -> MessagingService:
    return MessagingService(
        db=installation.db, installation_box=installation.box, session=session, access=access,
        audit=installation.audit, settings=installation.settings, catalogue=installation.catalogue,
        organisations=organisations, guarantees=guarantees, access_codes=access_codes, params=params,
        certificates=certificates, schema_folder=installation.schema_folder, clock=clock,
        answer_handlers=SUMMARY_DECLARATION_ANSWERS,
        incidents=IncidentService(installation.db, system_access(), files=installation.folder),  # on nobody's behalf
    )


def _hook(installation: Installation):
    hook = installation.hooks.participant_imported
    return (lambda row: hook(installation.data_dir, row)) if hook else None
