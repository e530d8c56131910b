"""The tables of the continuity window (the incident log, the movements handled on paper, their number ranges, the
declarations pending from an outage, the share on paper per month) and the values behind the chart of that share."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core import formatting
from core.administrations import ADMINISTRATIONS
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.messaging.store import state_label as message_state_label
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
DRAFT_TIP = QT_TRANSLATE_NOOP("ContinuityModel", "Opened automatically when the gateway stopped answering: confirm "
                                                 "or correct it (Edit / confirm), or close it when the outage is over.")


def day_text(iso_day: str | None) -> str:
    """'Tue 2026-05-26': the weekday matters for a deadline."""
    if not iso_day:
        return ""
    day = date.fromisoformat(iso_day)
    return f"{formatting.weekday(day)} {formatting.day(day)}"


def overdue_since(reminder: Reminder) -> date:
    """The first day the endorsed document is late: the day after its deadline."""
    return date.fromisoformat(reminder.movement.deadline) + timedelta(days=1)


def reminder_text(reminder: Reminder | None) -> str:
    """The reminder as the list and the banner say it."""
    if reminder is None:
        return ""
    m = reminder.movement
    values = {"number": m.document_number, "document": m.document_kind, "office": m.office_destination,
              "deadline": m.deadline}
    if reminder.overdue:
        return translate("ContinuityModel", "Paper movement {number}: overdue since {since} — present the endorsed "
                         "{document} to {office} without delay (it was due by {deadline})").format(
            since=overdue_since(reminder).isoformat(), **values)
    if reminder.days_left == 0:
        return translate("ContinuityModel", "Paper movement {number}: present the endorsed {document} to {office} by "
                         "{deadline} (today)").format(**values)
    return translate("ContinuityModel", "Paper movement {number}: present the endorsed {document} to {office} by "
                     "{deadline} (tomorrow)").format(**values)


class _TranslatedHeaders(ListTableModel):
    """Column headers are written in English (QT_TRANSLATE_NOOP) and shown in the user's language."""

    translation_context = "ContinuityModel"


# --- the incident log ---------------------------------------------------------------------------------------------

class IncidentTableModel(_TranslatedHeaders):
    columns: ClassVar[list[Column]] = [
        #: column header: the number of the record
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "No."), lambda i: i.id, align_right=True),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Kind"), lambda i: i.kind_label),
        #: column header: the state of an incident or of a message (draft, open, closed; queued, sent...)
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "State"), lambda i: i.state_label),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Start"), lambda i: local_time(i.start)),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "End"),
               lambda i: local_time(i.end) if i.end else translate("ContinuityModel", "going on")),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Administration"),
               lambda i: ADMINISTRATIONS.get(i.administration, i.administration)),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Gateway"), lambda i: i.gateway),
        Column("EORI", lambda i: i.eori),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Ticket"), lambda i: i.ticket),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Confirmed"), lambda i: i.confirmed_label),
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
                return translate("ContinuityModel", DRAFT_TIP)
            if column == self.STATE_COLUMN:
                return i.state_label
            if column == 9 and i.confirmed:
                return i.confirmed_label
        return None


class PendingTableModel(_TranslatedHeaders):
    """The outbound messages of an outage still waiting or gone without an answer: to withdraw."""

    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "No."), lambda m: m.id, align_right=True),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Message"), lambda m: m.message_type),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Kind"), lambda m: m.kind),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "State"), lambda m: message_state_label(m.state)),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Created"), lambda m: local_time(m.created_at)),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Sent"),
               lambda m: local_time(m.sent_at) if m.sent_at else translate("ContinuityModel", "not yet")),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Message id"), lambda m: m.message_id or ""),
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
    return local_time(row.movement.presented_at) if row.movement.presented_at else translate("ContinuityModel",
                                                                                              "not yet")


def _reminder_cell(row: MovementRow) -> str:
    r = row.reminder
    if r is None:
        return ""
    if r.overdue:
        return translate("ContinuityModel", "overdue since {date}").format(date=overdue_since(r).isoformat())
    return translate("ContinuityModel", "due today") if r.days_left == 0 else translate("ContinuityModel",
                                                                                        "due tomorrow")


class MovementTableModel(_TranslatedHeaders):
    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "No."), lambda r: r.movement.id, align_right=True),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Document"), lambda r: r.movement.document_kind),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Number"), lambda r: r.movement.document_number),
        #: column header: the office of departure
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Departure"), lambda r: r.movement.office_departure),
        #: column header: the office of destination
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Destination"), lambda r: r.movement.office_destination),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Country / region"), lambda r: _region(r.movement)),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Taken over"), lambda r: local_time(r.movement.taken_over_at)),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Deadline"), lambda r: day_text(r.movement.deadline)),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Presented"), _presented),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Reminder"), _reminder_cell),
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


class RangeTableModel(_TranslatedHeaders):
    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Office"), lambda r: r.office),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Numbers"), lambda r: r.label),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Next number"),
               lambda r: r.number(r.next) if r.remaining else translate("ContinuityModel", "used up")),
        #: column header: how many numbers of the range remain (not a direction)
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Left"), lambda r: r.remaining, align_right=True),
    ]


# --- the share on paper per month ------------------------------------------------------------------------------

class ShareTableModel(_TranslatedHeaders):
    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Month"), lambda s: s.month),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "On paper"), lambda s: s.paper, align_right=True),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Electronic"), lambda s: s.electronic, align_right=True),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Share on paper"),
               lambda s: "—" if s.share is None else f"{s.share:g} %", align_right=True),
        Column(QT_TRANSLATE_NOOP("ContinuityModel", "Warning"),
               lambda s: translate("ContinuityModel", "above the threshold and growing") if s.warning else ""),
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
