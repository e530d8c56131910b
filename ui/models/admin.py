"""The tables of the administration windows: users and representations (short lists), and the audit log."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from core.users import AuditEntry, AuditFilter, Representation, User
from ui.models.messages import local_time
from ui.models.tables import Column, LazyTableModel
from ui.theme import readable

if TYPE_CHECKING:
    from core.context import UserContext

ENDED_TEXT = QColor("#808080")
OPEN_ENDED = "open-ended"


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
    return "yes" if value else "no"


def identity_text(u: User) -> str:
    """How and when the user's identity was confirmed."""
    parts = [p for p in (u.identity_method.strip(), u.identity_confirmed_on or "") if p]
    return ", ".join(parts) if parts else "not confirmed"


class UserTableModel(ListTableModel):
    columns: ClassVar[list[Column]] = [
        Column("Login", lambda u: u.login),
        Column("Full name", lambda u: u.full_name),
        Column("Role", lambda u: u.role.label),
        Column("Access level", lambda u: u.level.label),
        Column("Identity confirmed", identity_text),
        Column("Active", lambda u: yes_no(u.active)),
        Column("Password", lambda u: "set" if u.has_password else "none yet"),
        Column("Password changed", lambda u: local_time(u.password_changed_at) or "never"),
    ]

    def extra_data(self, u: User, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not u.active:
            return QBrush(readable(ENDED_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and not u.active:
            return f"{u.login} is deactivated and cannot sign in."
        return None


def representative_text(r: Representation) -> str:
    return f"{r.representative} (agency)" if r.agency_id is not None else r.representative


def valid_to_text(r: Representation) -> str:
    return r.valid_to.isoformat() if r.valid_to else OPEN_ENDED


class RepresentationTableModel(ListTableModel):
    columns: ClassVar[list[Column]] = [
        Column("Organisation", lambda r: r.org_name),
        Column("Representative", representative_text),
        Column("Kind", lambda r: r.kind.value),
        Column("Rights", lambda r: r.rights.label),
        Column("Basis", lambda r: r.basis),
        Column("Valid from", lambda r: r.valid_from.isoformat()),
        Column("Valid to", valid_to_text),
        Column("In force today", lambda r: yes_no(r.in_force(date.today()))),
    ]

    def extra_data(self, r: Representation, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not r.in_force(date.today()):
            return QBrush(readable(ENDED_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and r.agency_id is not None:
            return (f"Whoever represents {r.representative} acts for {r.org_name} too, with the lesser rights "
                    "of the two links.")
        return None


ALARMING_ACTIONS = ("login_failed", "codes_lost", "pac_deleted")
ALARM_TEXT = QColor("#b00000")


class AuditTableModel(LazyTableModel):
    """The audit log, newest first, read in batches as the view scrolls."""

    columns: ClassVar[list[Column]] = [
        Column("Time", lambda e: local_time(e.at, seconds=True)),
        Column("User", lambda e: e.user),
        Column("Action", lambda e: e.action_label),
        Column("GRN", lambda e: e.grn),
        Column("Message id", lambda e: e.message_id),
        Column("Detail", lambda e: e.detail.replace("\n", " ")),
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
                return f"{e.at} (UTC)"
            if column == 2:
                return e.action
            if column == len(self.columns) - 1 and e.detail:
                return e.detail
        return None
