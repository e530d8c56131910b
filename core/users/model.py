"""Users, roles, access levels and representations (spec 04 §4.1)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum, IntEnum

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.wording import Phrase

# each role as records name it (the audit log); shown translated by Role.label
ROLE_LABELS = {
    "admin": QT_TRANSLATE_NOOP("Users", "administrator"),
    "officer": QT_TRANSLATE_NOOP("Users", "guarantee officer"),
    "declarant": QT_TRANSLATE_NOOP("Users", "declarant"),
}


class Role(str, Enum):
    ADMIN = "admin"
    OFFICER = "officer"
    DECLARANT = "declarant"

    @property
    def label(self) -> str:
        """The role as the user reads it, in their language."""
        return translate("Users", ROLE_LABELS[self.value])

    @property
    def may_hold_pac(self) -> bool:
        """Guarantee officers hold primary access codes; administrators may act as one in a small office."""
        return self in (Role.ADMIN, Role.OFFICER)


class Level(str, Enum):
    BASIC = "basic"        # acts in their own name only
    ADVANCED = "advanced"  # acts for entities; identity confirmed

    @property
    def label(self) -> str:
        """The level as the user reads it, in their language (``value`` is what is stored)."""
        if self is Level.ADVANCED:
            return translate("Users", "advanced", "access level")
        return translate("Users", "basic", "access level")

    @property
    def wording(self) -> Phrase:
        """The level as a record keeps it (core.wording)."""
        return Phrase("Users", self.value, disambiguation="access level")


class Rights(IntEnum):
    """Ordered, so that the rights of a two-level representation are the minimum of its links."""

    BASIC = 1
    EXTENDED = 2

    @property
    def label(self) -> str:
        """The name stored and written in JSON: basic or extended."""
        return self.name.lower()

    @property
    def shown(self) -> str:
        """The rights as the user reads them, in their language."""
        if self is Rights.EXTENDED:
            return translate("Users", "extended", "rights")
        return translate("Users", "basic", "rights")

    @property
    def wording(self) -> Phrase:
        """The rights as a record keeps them (core.wording)."""
        return Phrase("Users", self.label, disambiguation="rights")

    @classmethod
    def from_name(cls, name: str) -> Rights:
        return cls[name.strip().upper()]


class RepresentationKind(str, Enum):
    OWNER = "owner"
    EMPLOYEE = "employee"
    PROXY = "proxy"

    @property
    def wording(self) -> Phrase:
        """The kind as a record keeps it (core.wording), e.g. "employee"."""
        return Phrase("Users", _KIND_WORDS[self.value])


_KIND_WORDS = {"owner": QT_TRANSLATE_NOOP("Users", "owner"), "employee": QT_TRANSLATE_NOOP("Users", "employee"),
               "proxy": QT_TRANSLATE_NOOP("Users", "proxy")}


@dataclass
class User:
    login: str
    role: Role
    level: Level = Level.BASIC
    full_name: str = ""
    email: str = ""
    national_id: str = ""
    identity_method: str = ""
    identity_confirmed_on: str | None = None
    active: bool = True
    has_password: bool = True
    created_at: str = ""
    password_changed_at: str | None = None
    id: int | None = None
    version: int = 1  # as read: saving a user someone else saved meanwhile is refused

    @property
    def label(self) -> str:
        return f"{self.full_name} ({self.login})" if self.full_name else self.login

    def as_dict(self) -> dict:
        return {
            "id": self.id, "login": self.login, "full_name": self.full_name, "email": self.email,
            "national_id": self.national_id, "role": self.role.value, "level": self.level.value,
            "identity_method": self.identity_method, "identity_confirmed_on": self.identity_confirmed_on,
            "active": self.active, "has_password": self.has_password, "created_at": self.created_at,
            "password_changed_at": self.password_changed_at,
        }


@dataclass
class Representation:
    """``org_id`` is represented by a person (``user_id``) or by an agency organisation (``agency_id``)."""

    org_id: int
    rights: Rights
    kind: RepresentationKind = RepresentationKind.EMPLOYEE
    user_id: int | None = None
    agency_id: int | None = None
    basis: str = ""
    valid_from: date = field(default_factory=date.today)
    valid_to: date | None = None
    id: int | None = None
    version: int = 1  # as read: saving a representation someone else saved meanwhile is refused
    # filled when read, for display
    org_name: str = ""
    representative: str = ""

    def in_force(self, on: date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def as_dict(self) -> dict:
        return {
            "id": self.id, "org_id": self.org_id, "org_name": self.org_name, "user_id": self.user_id,
            "agency_id": self.agency_id, "representative": self.representative, "kind": self.kind.value,
            "basis": self.basis, "rights": self.rights.label, "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat() if self.valid_to else None,
        }
