"""Who may see and do what (spec 04 §4.1): enforced by the core services, shown by the window.

A user sees an organisation while a representation is in force: directly (organisation ← person)
or through an agency (organisation ← agency ← person, the rights being the lesser of the two links).
Basic access level caps the rights at basic. Administrators see and may do everything.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from core.errors import NotPermitted
from core.i18n import translate
from core.users.model import Level, Rights, Role, User

if TYPE_CHECKING:
    from core.store.connection import Database

_IN_FORCE = "{t}.valid_from <= :today AND ({t}.valid_to IS NULL OR {t}.valid_to >= :today)"


def effective_rights(db: Database, user_id: int, today: date) -> dict[int, Rights]:
    """Organisation id -> the best rights ``user_id`` has there today, over all representation paths."""
    rows = db.execute(
        f"""
        SELECT r.org_id, r.rights FROM representations r
         WHERE r.user_id = :user AND {_IN_FORCE.format(t='r')}
        UNION ALL
        SELECT e.org_id, CASE WHEN e.rights = 'basic' OR p.rights = 'basic' THEN 'basic' ELSE 'extended' END
          FROM representations e JOIN representations p ON p.org_id = e.agency_id
         WHERE p.user_id = :user AND {_IN_FORCE.format(t='e')} AND {_IN_FORCE.format(t='p')}
        """,
        {"user": user_id, "today": today.isoformat()},
    ).fetchall()
    rights: dict[int, Rights] = {}
    for org_id, name in rows:
        rights[org_id] = max(rights.get(org_id, Rights.BASIC), Rights.from_name(name))
    return rights


class Access:
    def __init__(self, db: Database, user: User, clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self.user = user
        self._clock = clock

    def _current(self) -> None:
        """An administrator's change of role, level or active flag counts at once, not at the next sign-in."""
        if self._db is None or self.user.id is None:
            return
        row = self._db.execute("SELECT role, level, active FROM users WHERE id = ?", [self.user.id]).fetchone()
        if row is None or not row[2]:
            self.user.active = False
            return
        self.user.role, self.user.level, self.user.active = Role(row[0]), Level(row[1]), True

    @property
    def is_admin(self) -> bool:
        self._current()
        return self.user.active and self.user.role == Role.ADMIN

    def today(self) -> date:
        return self._clock().astimezone().date()

    def rights(self, org_id: int | None) -> Rights | None:
        """The user's rights for the organisation today, or None when they do not represent it."""
        if self.is_admin:
            return Rights.EXTENDED
        if org_id is None or not self.user.active:
            return None
        found = effective_rights(self._db, self.user.id, self.today()).get(org_id)
        if found is not None and self.user.level == Level.BASIC:
            return Rights.BASIC
        return found

    def visible_org_ids(self) -> list[int] | None:
        """The organisations the user represents today; None means all (an administrator)."""
        if self.is_admin:
            return None
        if not self.user.active:
            return []
        return sorted(effective_rights(self._db, self.user.id, self.today()))

    def org_filter(self, column: str) -> tuple[str, list]:
        """An SQL condition on ``column`` (an organisation id) limiting rows to what the user may see."""
        ids = self.visible_org_ids()
        if ids is None:
            return "1 = 1", []
        return self._db.engine.one_of(column, ids)

    def can_see(self, org_id: int | None) -> bool:
        return self.rights(org_id) is not None

    # -- reasons, for the window's disabled actions and for refusals --------------------------------
    # ``what`` is what the user wants to do, already in their language: "delete the guarantee"
    def why_not_extended(self, org_id: int | None, what: str) -> str | None:
        rights = self.rights(org_id)
        if rights == Rights.EXTENDED:
            return None
        if rights is None:
            return _not_represented(self.user, what)
        if self.user.level == Level.BASIC:
            #: {what}: an action, e.g. "delete the guarantee"
            return translate("Users", "To {what} you need extended rights; {login} has basic access (identity not "
                                      "confirmed), which allows acting in one's own name only. Ask the "
                                      "administrator.").format(what=what, login=self.user.login)
        #: {what}: an action, e.g. "delete the guarantee"
        return translate("Users", "To {what} you need extended rights for this organisation; {login} has basic "
                                  "rights.").format(what=what, login=self.user.login)

    def why_not_officer(self, org_id: int | None, what: str) -> str | None:
        self._current()
        if not self.user.active:
            return _deactivated(self.user)
        if not self.user.role.may_hold_pac:
            #: {what}: an action, e.g. "delete the primary access code"; {role}: the user's role, e.g. "declarant"
            return translate("Users", "Only a guarantee officer may {what}; {login} is a {role}.").format(
                what=what, login=self.user.login, role=self.user.role.label)
        return self.why_not_extended(org_id, what)

    def why_not_admin(self, what: str) -> str | None:
        if self.is_admin:
            return None
        return only_an_administrator(self.user, what)

    def why_not_manager(self, what: str) -> str | None:
        """Shared settings (parameter sets, certificates, reference data) belong to officers and administrators."""
        self._current()
        if not self.user.active:
            return _deactivated(self.user)
        if self.user.role.may_hold_pac:
            return None
        #: {what}: an action, e.g. "manage certificates"; {role}: the user's role, e.g. "declarant"
        return translate("Users", "Only a guarantee officer or an administrator may {what}; {login} is a "
                                  "{role}.").format(what=what, login=self.user.login, role=self.user.role.label)

    # -- refusals -----------------------------------------------------------------------------------
    def require_visible(self, org_id: int | None, what: str) -> None:
        if not self.can_see(org_id):
            raise NotPermitted(_not_represented(self.user, what))

    def require_extended(self, org_id: int | None, what: str) -> None:
        _refuse(self.why_not_extended(org_id, what))

    def require_officer(self, org_id: int | None, what: str) -> None:
        _refuse(self.why_not_officer(org_id, what))

    def require_admin(self, what: str) -> None:
        _refuse(self.why_not_admin(what))

    def require_manager(self, what: str) -> None:
        _refuse(self.why_not_manager(what))

    @property
    def is_system(self) -> bool:
        """Work on nobody's behalf (see :func:`system_access`): no signed-in user has this access."""
        return self.user.id is None and self.user.login == SYSTEM_LOGIN

    def require_system(self, what: str) -> None:
        if not self.is_system:
            #: {what}: an action, e.g. "record customs answers"
            raise NotPermitted(translate("Users", "Only CustomsDesk itself may {what}: it does so when customs "
                                                  "answers.").format(what=what))


def only_an_administrator(user: User, what: str) -> str:
    """The refusal of what only an administrator may do (``what`` in the user's language)."""
    #: {what}: an action, e.g. "add users"; {role}: the user's role, e.g. "guarantee officer"
    return translate("Users", "Only an administrator may {what}; {login} is a {role}.").format(
        what=what, login=user.login, role=user.role.label)


def _not_represented(user: User, what: str) -> str:
    #: {what}: an action, e.g. "change the guarantee"
    return translate("Users", "{login} does not represent this organisation, so cannot {what}.").format(
        login=user.login, what=what)


def _deactivated(user: User) -> str:
    return translate("Users", "The account {login} has been deactivated by an administrator: sign out.").format(
        login=user.login)


def _refuse(reason: str | None) -> None:
    if reason is not None:
        raise NotPermitted(reason)


SYSTEM_LOGIN = "system"


def system_access() -> Access:
    """For work done on nobody's behalf: applying customs answers, migrations, the training tools."""
    return Access(None, User(login=SYSTEM_LOGIN, role=Role.ADMIN, level=Level.ADVANCED))
