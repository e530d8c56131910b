"""A small office on one real SQLite file: an administrator with a password and colleagues, each signed in
through their own UserContext on the same database, as on a shared workstation."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from core.guarantees.access_codes import AccessCodes
from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.organisations import Organisation
from core.secrets import Secret
from core.users import Level, Representation, Rights, Role, User
from core.context import UserContext
from core.installation import open_context

ADMIN = "alice"
ADMIN_PASSWORD = "the administrator's own password"
PASSWORD = "a long test password"
LONG_AGO = date(2020, 1, 1)
EORIS = ["CZ25596641", "CZ60826843", "DE415230871234567", "PL5260001246"]


def codes(pac: str | None = None, new_pac: str | None = None, spks=()) -> AccessCodes:
    return AccessCodes(pac=Secret(pac) if pac else None, new_pac=Secret(new_pac) if new_pac else None,
                       spks=[Secret(s) for s in spks])


def revealed(c: AccessCodes) -> dict:
    """A user's view of a guarantee's codes in clear text."""
    return {"pac": c.pac.reveal() if c.pac else None, "new_pac": c.new_pac.reveal() if c.new_pac else None,
            "spks": [s.reveal() for s in c.spks]}


class Office:
    """``admin`` is alice, who has set her password; everyone else is added by her with ``PASSWORD``."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.admin = open_context(data_dir, user=ADMIN)
        self._opened = [self.admin]
        self._grn_serial = 0
        self.admin.users.set_first_password(self.admin.session, ADMIN_PASSWORD)

    def add_user(self, login: str, role: Role = Role.OFFICER, level: Level = Level.ADVANCED) -> User:
        identity = "in person, identity card" if level == Level.ADVANCED else ""
        return self.admin.users.add_user(self.admin.session, User(login=login, role=role, level=level,
                                                                  identity_method=identity), PASSWORD)

    def add_org(self, name: str) -> Organisation:
        eori = EORIS[self.admin.organisations.count() % len(EORIS)]
        return self.admin.organisations.add(Organisation(name=name, eori=eori, country=eori[:2]))

    def add_guarantee(self, org: Organisation, gtype: str = "1") -> Guarantee:
        self._grn_serial += 1
        grn = with_check_digit(f"25CZ5201010{self._grn_serial:05d}")
        return self.admin.guarantees.add(Guarantee(org_id=org.id, type=gtype, grn=grn))

    def represent(self, org: Organisation, *, user: str | None = None, agency: Organisation | None = None,
                  rights: Rights = Rights.EXTENDED, valid_from: date = LONG_AGO,
                  valid_to: date | None = None) -> Representation:
        return self.admin.representations.save(Representation(
            org_id=org.id, rights=rights, user_id=self.admin.users.get(user).id if user else None,
            agency_id=agency.id if agency else None, valid_from=valid_from, valid_to=valid_to))

    def open_as(self, login: str, password: str = PASSWORD) -> UserContext:
        context = open_context(self.data_dir, user=login, password=password)
        self._opened.append(context)
        return context

    def close(self) -> None:
        for context in reversed(self._opened):
            context.close()


class SignedIn:
    """Users of one data folder, each with their own UserContext, closed together."""

    def __init__(self, data_dir: Path, password: str):
        self.data_dir = data_dir
        self.password = password
        self.opened: list[UserContext] = []

    def open_as(self, login: str, password: str | None = None) -> UserContext:
        self.opened.append(open_context(self.data_dir, user=login, password=password or self.password))
        return self.opened[-1]

    def close_all(self) -> None:
        while self.opened:
            self.opened.pop().close()


def everything_visible(context: UserContext) -> str:
    """All a signed-in user can read through the services: listings, own codes, messages, audit, users."""
    parts: list[str] = []
    parts += [repr(o.as_dict()) for o in context.organisations.list()]
    for g in context.guarantees.list():
        parts += [repr(g.as_dict()), repr(revealed(context.access_codes.codes_for(g.id))), repr(context.guarantees.usages(g.id))]
    parts += [repr(r.as_dict()) for r in context.representations.list()]
    parts += [repr(u.as_dict()) for u in context.users.list()]
    parts += [repr(e.as_dict()) for e in context.audit.list()]
    parts += [repr(p.as_dict()) for p in context.params.list()]
    store = context.messaging.store
    for listed in store.list():
        message, xml = context.messaging.message_for_display(listed.id)
        envelope = store.content(message.id)[1]
        parts += [repr(message.as_dict()), (xml or b"").decode("utf-8"), (envelope or b"").decode("latin-1"),
                  store.search_text(message.id), repr(store.events(message.id))]
    return "\n".join(parts)
