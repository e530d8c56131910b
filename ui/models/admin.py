"""The tables of the administration windows: users and representations (short lists), and the audit log."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.users import AuditEntry, AuditFilter, Representation, User
from ui.models.messages import local_time
from ui.models.tables import Column, LazyTableModel
from ui.theme import readable

if TYPE_CHECKING:
    from core.context import UserContext

ENDED_TEXT = QColor("#808080")
OPEN_ENDED = QT_TRANSLATE_NOOP("AdminModel", "open-ended")


class ListTableModel(LazyTableModel):
    """A table over a list already in memory (the lazy model's batches then only slice it)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self._all = list(rows)
        self.reload()

    def records(self) -> list[Any]:
        return list(self._all)

    def count_records(self) -> int:
        return len(self._all)

    def load_records(self, offset: int, limit: int) -> list[Any]:
        return self._all[offset:offset + limit]


def yes_no(value: bool) -> str:
    return translate("AdminModel", "yes") if value else translate("AdminModel", "no")


def identity_text(u: User) -> str:
    """How and when the user's identity was confirmed."""
    parts = [p for p in (u.identity_method.strip(), u.identity_confirmed_on or "") if p]
    return ", ".join(parts) if parts else translate("AdminModel", "not confirmed", "identity confirmed: not confirmed")


def password_changed_text(u: User) -> str:
    return local_time(u.password_changed_at) or translate("AdminModel", "never", "password changed: never")


def password_text(u: User) -> str:
    if u.has_password:
        return translate("AdminModel", "set", "state of a password")
    return translate("AdminModel", "none yet", "state of a password")


class UserTableModel(ListTableModel):
    translation_context = "AdminModel"
    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("AdminModel", "Login"), lambda u: u.login),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Full name"), lambda u: u.full_name),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Role"), lambda u: u.role.label),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Access level"), lambda u: u.level.label),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Identity confirmed"), identity_text),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Active"), lambda u: yes_no(u.active)),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Password"), password_text),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Password changed"), password_changed_text),
    ]

    def extra_data(self, u: User, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not u.active:
            return QBrush(readable(ENDED_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and not u.active:
            return translate("AdminModel", "{login} is deactivated and cannot sign in.").format(login=u.login)
        return None


def representative_text(r: Representation) -> str:
    if r.agency_id is None:
        return r.representative
    return translate("AdminModel", "{representative} (agency)").format(representative=r.representative)


def valid_to_text(r: Representation) -> str:
    return r.valid_to.isoformat() if r.valid_to else translate("AdminModel", OPEN_ENDED)


class RepresentationTableModel(ListTableModel):
    translation_context = "AdminModel"
    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("AdminModel", "Organisation"), lambda r: r.org_name),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Representative"), representative_text),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Kind"), lambda r: r.kind.value),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Rights"), lambda r: r.rights.label),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Basis"), lambda r: r.basis),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Valid from"), lambda r: r.valid_from.isoformat()),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Valid to"), valid_to_text),
        Column(QT_TRANSLATE_NOOP("AdminModel", "In force today"), lambda r: yes_no(r.in_force(date.today()))),
    ]

    def extra_data(self, r: Representation, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not r.in_force(date.today()):
            return QBrush(readable(ENDED_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and r.agency_id is not None:
            return translate("AdminModel", "Whoever represents {representative} acts for {organisation} too, with the "
                             "lesser rights of the two links.").format(representative=r.representative,
                                                                       organisation=r.org_name)
        return None


ALARMING_ACTIONS = ("login_failed", "codes_lost", "pac_deleted")
ALARM_TEXT = QColor("#b00000")


class AuditTableModel(LazyTableModel):
    """The audit log, newest first, read in batches as the view scrolls."""

    translation_context = "AdminModel"

    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("AdminModel", "Time"), lambda e: local_time(e.at, seconds=True)),
        Column(QT_TRANSLATE_NOOP("AdminModel", "User"), lambda e: e.user),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Action"), lambda e: e.action_label),
        Column("GRN", lambda e: e.grn),  # a customs code: the same in every language
        Column(QT_TRANSLATE_NOOP("AdminModel", "Message id"), lambda e: e.message_id),
        Column(QT_TRANSLATE_NOOP("AdminModel", "Detail"), lambda e: e.detail_shown.replace("\n", " ")),
    ]

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.filter = AuditFilter()
        self.matching = 0  # entries that match the filter, loaded or not

    def set_filter(self, flt: AuditFilter) -> None:
        self.filter = flt
        self.reload()

    def count_records(self) -> int:
        self.matching = self._context.audit.count(self.filter)
        return self.matching

    def load_records(self, offset: int, limit: int) -> list[AuditEntry]:
        return self._context.audit.list(self.filter, offset=offset, limit=limit)

    def extra_data(self, e: AuditEntry, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and e.action in ALARMING_ACTIONS:
            return QBrush(readable(ALARM_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return translate("AdminModel", "{time} (UTC)").format(time=e.at)
            if column == 2:
                return e.action
            if column == len(self.columns) - 1 and e.detail:
                return e.detail_shown
        return None
