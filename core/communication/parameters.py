"""Communication parameter sets (spec 03 §3.2): one per administration and EORI."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

from core.administrations import ADMINISTRATIONS, ENVIRONMENTS
from core.errors import CannotSend, FieldError, NotFound, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.organisations.model import eori_errors, normalise_eori
from core.store.rows import insert_row, update_versioned
from core.users.access import Access

if TYPE_CHECKING:
    from core.store.connection import Database

GATEWAY_PATTERN = re.compile(r"(https?://\S+|file:\S+|/\S*|[A-Za-z]:\\\S*)")
PERMIT_SETTING = QT_TRANSLATE_NOOP(
    "Communication", "Settings ▸ Communication parameters ▸ NCTS permit number for electronic communication")


@dataclass
class CommParams:
    name: str
    administration: str = "CZ"
    environment: str = "training"
    id: int | None = None
    eori: str = ""
    branch: str = "0000"
    participant_code: str = ""
    ncts_permit_number: str = ""
    gateway: str = ""
    version: int = 1  # as read: saving a set someone else saved meanwhile is refused

    @classmethod
    def from_row(cls, row) -> CommParams:
        return cls(**{f.name: row[f.name] for f in fields(cls)})

    def as_dict(self) -> dict:
        return asdict(self)

    @property
    def label(self) -> str:
        return f"{self.name} ({ADMINISTRATIONS.get(self.administration, self.administration)}, {self.environment})"


def validate_params(p: CommParams) -> list[FieldError]:
    p.name, p.eori = p.name.strip(), normalise_eori(p.eori)
    p.ncts_permit_number, p.gateway = p.ncts_permit_number.strip(), p.gateway.strip()
    errors = []
    if not p.name:
        errors.append(FieldError("name", translate(
            "Communication", "Give the parameter set a name, e.g. 'CZ NCTS production'.")))
    if p.administration not in ADMINISTRATIONS:
        errors.append(FieldError("administration", translate(
            "Communication", "Administration must be one of {codes}.").format(codes=", ".join(ADMINISTRATIONS))))
    if p.environment not in ENVIRONMENTS:
        errors.append(FieldError("environment", translate(
            "Communication", "Environment must be one of {codes}.").format(codes=", ".join(ENVIRONMENTS))))
    if p.eori:
        errors += eori_errors(p.eori)
    if not re.fullmatch(r"[0-9]{4}", p.branch or ""):
        errors.append(FieldError("branch", translate(
            "Communication", "The branch number has exactly 4 digits (0000 for the head office).")))
    if p.gateway and not GATEWAY_PATTERN.fullmatch(p.gateway):
        errors.append(FieldError("gateway", translate(
            "Communication", "The gateway is an http(s):// address or a mailbox folder path.")))
    return errors


def ensure_can_send(params: CommParams | None, what: str) -> CommParams:
    """Raise CannotSend naming the setting to fill when ``what`` cannot be sent with ``params``."""
    if params is None:
        #: {what}: what was to be sent, e.g. "Guarantee 25CZ…" or "The balance query for 25CZ…"
        raise CannotSend(translate("Communication", "{what} has no communication parameters: choose a parameter set "
                                                    "in the guarantee editor.").format(what=what))
    if not params.ncts_permit_number:
        #: {what}: what was to be sent, e.g. "Guarantee 25CZ…"; {setting}: where to fill the number in
        raise CannotSend(translate(
            "Communication", "{what} cannot be sent: the communication parameters '{name}' have no NCTS permit "
                             "number for electronic communication. Fill it in {setting}.",
        ).format(what=what, name=params.name, setting=translate("Communication", PERMIT_SETTING)))
    if not params.gateway:
        #: {what}: what was to be sent, e.g. "Guarantee 25CZ…"
        raise CannotSend(translate(
            "Communication", "{what} cannot be sent: the communication parameters '{name}' have no gateway. Fill it "
                             "in Settings ▸ Communication parameters.").format(what=what, name=params.name))
    return params


class CommParamsService:
    """Parameter sets are shared by everybody; guarantee officers and administrators manage them."""

    def __init__(self, db: Database, access: Access):
        self._db = db
        self._access = access

    def list(self) -> list[CommParams]:
        return [CommParams.from_row(r) for r in self._db.execute("SELECT * FROM comm_params ORDER BY name, id").fetchall()]

    def get(self, params_id: int) -> CommParams:
        row = self._db.execute("SELECT * FROM comm_params WHERE id = ?", [params_id]).fetchone()
        if row is None:
            raise NotFound(translate("Communication", "Communication parameter set {id} does not exist.").format(
                id=params_id))
        return CommParams.from_row(row)

    def save(self, p: CommParams) -> CommParams:
        self._access.require_manager(translate("Communication", "change communication parameter sets"))
        errors = validate_params(p)
        if errors:
            raise ValidationError(errors)
        columns = p.as_dict()
        del columns["id"], columns["version"]
        with self._db.atomic():
            if p.id is None:
                p.id = insert_row(self._db, "comm_params", columns)
            else:
                p.version = update_versioned(self._db, "comm_params", p.id, p.version, columns, translate(
                    "Communication", "The parameter set “{name}” was changed by someone else after you opened it "
                                     "(perhaps on another workstation). Your changes were not saved: reload it to see "
                                     "theirs, then make yours again.").format(name=p.name))
        return p

    def delete(self, params_id: int) -> None:
        self._access.require_manager(translate("Communication", "delete communication parameter sets"))
        with self._db.atomic():
            self._db.execute("DELETE FROM comm_params WHERE id = ?", [params_id])

    def users_of(self, params_id: int) -> int:
        return self._db.execute("SELECT count(*) FROM guarantees WHERE params_id = ?", [params_id]).fetchone()[0]
