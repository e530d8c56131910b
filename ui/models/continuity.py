"""The tables of the continuity window (the incident log, the movements handled on paper, their number ranges, the
declarations pending from an outage, the share on paper per month) and the values behind the chart of that share."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core.administrations import ADMINISTRATIONS
from ui.models.admin import ListTableModel
from ui.models.messages import local_time
from ui.models.tables import Column

if TYPE_CHECKING:
    from core.continuity.bcp import BcpMovement, MonthShare, Reminder
    from core.continuity.incidents import Incident

DRAFT_TEXT = QColor("#8a4b00")
CLOSED_TEXT = QColor("#707070")
DUE_BACKGROUND = QColor("#ffe7a3")  # as the expiry banner's amber
OVERDUE_BACKGROUND = QColor("#f9d6d2")  # and its red
DUE_TEXT = QColor("#4a3500")
OVERDUE_TEXT = QColor("#6e1710")
DRAFT_TIP = ("Opened automatically when the gateway stopped answering: confirm or correct it (Edit / confirm), or "
             "close it when the outage is over.")


def day_text(iso_day: str | None) -> str:
    """'Tue 2026-05-26': the weekday matters for a deadline."""
    if not iso_day:
        return ""
    day = date.fromisoformat(iso_day)
    return f"{day:%a} {iso_day}"


def overdue_since(reminder: Reminder) -> date:
    """The first day the endorsed document is late: the day after its deadline."""
    return date.fromisoformat(reminder.movement.deadline) + timedelta(days=1)


def reminder_text(reminder: Reminder | None) -> str:
    """The reminder as the list and the banner say it."""
    if reminder is None:
        return ""
    m = reminder.movement
    if reminder.overdue:
        return (f"Paper movement {m.document_number}: overdue since {overdue_since(reminder).isoformat()} — present "
                f"the endorsed {m.document_kind} to {m.office_destination} without delay (it was due by {m.deadline})")
    when = "today" if reminder.days_left == 0 else "tomorrow"
    return (f"Paper movement {m.document_number}: present the endorsed {m.document_kind} to {m.office_destination} "
            f"by {m.deadline} ({when})")


# --- the incident log ---------------------------------------------------------------------------------------------

class IncidentTableModel(ListTableModel):
    columns: ClassVar[list[Column]] = [
        Column("No.", lambda i: i.id, align_right=True),
        Column("Kind", lambda i: i.kind_label),
        Column("State", lambda i: i.state),
        Column("Start", lambda i: local_time(i.start)),
        Column("End", lambda i: local_time(i.end) if i.end else "going on"),
        Column("Administration", lambda i: ADMINISTRATIONS.get(i.administration, i.administration)),
        Column("Gateway", lambda i: i.gateway),
        Column("EORI", lambda i: i.eori),
        Column("Ticket", lambda i: i.ticket),
        Column("Confirmed", lambda i: i.confirmed or ""),
    ]
    STATE_COLUMN = 2

    def extra_data(self, i: Incident, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            if i.state == "draft":
                return QBrush(DRAFT_TEXT)
            if i.state == "closed":
                return QBrush(CLOSED_TEXT)
        if role == Qt.ItemDataRole.FontRole and i.state == "draft" and column == self.STATE_COLUMN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if i.state == "draft":
                return DRAFT_TIP
            if column == self.STATE_COLUMN:
                return i.state_label
            if column == 9 and i.confirmed:
                return i.confirmed_label
        return None


class PendingTableModel(ListTableModel):
    """The outbound messages of an outage still waiting or gone without an answer: to withdraw."""

    columns: ClassVar[list[Column]] = [
        Column("No.", lambda m: m.id, align_right=True),
        Column("Message", lambda m: m.message_type),
        Column("Kind", lambda m: m.kind),
        Column("State", lambda m: m.state),
        Column("Created", lambda m: local_time(m.created_at)),
        Column("Sent", lambda m: local_time(m.sent_at) if m.sent_at else "not yet"),
        Column("Message id", lambda m: m.message_id or ""),
    ]


# --- movements handled on paper --------------------------------------------------------------------------------

@dataclass(frozen=True)
class MovementRow:
    """A movement handled on paper, with its reminder when it is due (None otherwise)."""

    movement: BcpMovement
    reminder: Reminder | None

    @property
    def id(self) -> int:
        return self.movement.id


def _region(m: BcpMovement) -> str:
    return f"{m.country}-{m.region}" if m.region else m.country


def _presented(row: MovementRow) -> str:
    return local_time(row.movement.presented_at) if row.movement.presented_at else "not yet"


def _reminder_cell(row: MovementRow) -> str:
    r = row.reminder
    if r is None:
        return ""
    if r.overdue:
        return f"overdue since {overdue_since(r).isoformat()}"
    return "due today" if r.days_left == 0 else "due tomorrow"


class MovementTableModel(ListTableModel):
    columns: ClassVar[list[Column]] = [
        Column("No.", lambda r: r.movement.id, align_right=True),
        Column("Document", lambda r: r.movement.document_kind),
        Column("Number", lambda r: r.movement.document_number),
        Column("Departure", lambda r: r.movement.office_departure),
        Column("Destination", lambda r: r.movement.office_destination),
        Column("Country / region", lambda r: _region(r.movement)),
        Column("Taken over", lambda r: local_time(r.movement.taken_over_at)),
        Column("Deadline", lambda r: day_text(r.movement.deadline)),
        Column("Presented", _presented),
        Column("Reminder", _reminder_cell),
    ]
    DEADLINE_COLUMN = 7
    REMINDER_COLUMN = 9

    def extra_data(self, row: MovementRow, column: int, role: int):
        r = row.reminder
        if r is not None and column in (self.DEADLINE_COLUMN, self.REMINDER_COLUMN):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND if r.overdue else DUE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT if r.overdue else DUE_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return r.text
        if role == Qt.ItemDataRole.ForegroundRole and row.movement.presented:
            return QBrush(CLOSED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and row.movement.notes:
            return row.movement.notes
        return None


class RangeTableModel(ListTableModel):
    columns: ClassVar[list[Column]] = [
        Column("Office", lambda r: r.office),
        Column("Numbers", lambda r: r.label),
        Column("Next number", lambda r: r.number(r.next) if r.remaining else "used up"),
        Column("Left", lambda r: r.remaining, align_right=True),
    ]


# --- the share on paper per month ------------------------------------------------------------------------------

class ShareTableModel(ListTableModel):
    columns: ClassVar[list[Column]] = [
        Column("Month", lambda s: s.month),
        Column("On paper", lambda s: s.paper, align_right=True),
        Column("Electronic", lambda s: s.electronic, align_right=True),
        Column("Share on paper", lambda s: "—" if s.share is None else f"{s.share:g} %", align_right=True),
        Column("Warning", lambda s: "above the threshold and growing" if s.warning else ""),
    ]

    def extra_data(self, s: MonthShare, column: int, role: int):
        if s.warning and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        if s.warning and role == Qt.ItemDataRole.ToolTipRole:
            return s.warning
        return None


SCALE_STEPS = (5, 10, 20, 25, 30, 40, 50, 75, 100)


@dataclass(frozen=True)
class Bar:
    """One month of the chart: its share (None without any movement) and the bar's height as a part of the chart's
    height (0 to 1)."""

    month: str
    share: float | None
    height: float
    warning: bool

    @property
    def label(self) -> str:
        return "—" if self.share is None else f"{self.share:g} %"


def chart_scale(shares: list[MonthShare], threshold: float) -> float:
    """The percentage at the top of the chart: above the largest share and the threshold, a round number."""
    top = max([s.share for s in shares if s.share is not None] + [threshold, 1.0]) * 1.1
    return float(next((step for step in SCALE_STEPS if top <= step), 100))


def chart_bars(shares: list[MonthShare], threshold: float) -> list[Bar]:
    """One bar per month, oldest first."""
    scale = chart_scale(shares, threshold)
    return [Bar(s.month, s.share, 0.0 if s.share is None else min(s.share / scale, 1.0), s.warning is not None)
            for s in shares]
