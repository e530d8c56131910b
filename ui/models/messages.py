"""The messages table of the "Receipts and responses" window: read in batches, newest first."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from core import formatting
from core.errors import NotFound
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.messaging.store import WAITING_FOR_ANSWER, Message, MessageFilter, parse_stamp
from ui.models.tables import Column, LazyTableModel
from ui.theme import readable

if TYPE_CHECKING:
    from core.context import UserContext

PLAIN_NAMES = {
    "E_ACC_COD": QT_TRANSLATE_NOOP("MessagesModel", "Access code registration"),
    "E_ACC_RSP": QT_TRANSLATE_NOOP("MessagesModel", "Registration confirmation"),
    "CC034C": QT_TRANSLATE_NOOP("MessagesModel", "Guarantee query"),
    "CC037C": QT_TRANSLATE_NOOP("MessagesModel", "Query response"),
    "CC055C": QT_TRANSLATE_NOOP("MessagesModel", "Guarantee not valid"),
    "CC906C": QT_TRANSLATE_NOOP("MessagesModel", "Functional rejection"),
    "CC917C": QT_TRANSLATE_NOOP("MessagesModel", "XML rejection"),
}
ARROWS = {"out": "→", "in": "←"}
DIRECTION_TIPS = {"out": QT_TRANSLATE_NOOP("MessagesModel", "Sent to customs"),
                  "in": QT_TRANSLATE_NOOP("MessagesModel", "Received from customs")}
SHOWN_GRNS = 2

OVERDUE_BACKGROUND = QColor("#fde2b8")
QUARANTINE_BACKGROUND = QColor("#f8d0cc")
UNMATCHED_BACKGROUND = QColor("#fff1b8")
ERROR_TEXT = QColor("#b00000")
ERROR_STATES = ("failed", "rejected", "quarantined")
STATE_COLUMN = 3


def plain_name(message_type: str) -> str:
    """What the message type means, in the user's language ("" for a type without a plain name)."""
    name = PLAIN_NAMES.get(message_type)
    return translate("MessagesModel", name) if name else ""


def message_title(m: Message) -> str:
    if not m.message_type:
        return translate("MessagesModel", "(not readable)")
    name = plain_name(m.message_type)
    return f"{m.message_type} {name}".strip()


def local_time(stamp: str | None, seconds: bool = False) -> str:
    moment = parse_stamp(stamp)
    return formatting.moment(moment.astimezone(), seconds=seconds) if moment else ""


def state_text(m: Message) -> str:
    if is_overdue(m):
        return translate("MessagesModel", "{state} — no answer yet").format(state=m.state_label)
    return m.state_label


def grn_text(grns: list[str]) -> str:
    if len(grns) <= SHOWN_GRNS:
        return " ".join(grns)
    more = translate("MessagesModel", "+%n more", None, len(grns) - SHOWN_GRNS)
    return " ".join(grns[:SHOWN_GRNS]) + " " + more


def is_overdue(m: Message) -> bool:
    return m.direction == "out" and m.state in WAITING_FOR_ANSWER and m.alerted_at is not None


def warning_for(m: Message) -> str | None:
    """Why a row is highlighted, or None."""
    if is_overdue(m):
        return translate("MessagesModel", "No answer since {sent}: customs have not answered for longer than "
                         "expected. Check the gateway, or ask customs whether the message arrived."
                         ).format(sent=local_time(m.sent_at))
    if m.state == "quarantined":
        if m.result_wording:
            return translate("MessagesModel", "{result}. It was never applied to the records.").format(
                result=m.result_shown)
        reason = m.error_text or m.result or translate("MessagesModel", "the message could not be opened or verified")
        return translate("MessagesModel", "Quarantined: {reason}. It was never applied to the records."
                         ).format(reason=reason)
    if m.state == "unmatched":
        reason = m.result_shown or translate("MessagesModel", "this answer belongs to no message sent from here")
        return translate("MessagesModel", "Unmatched: {reason}. Check it by hand; the records were not changed by it."
                         ).format(reason=reason)
    return None


@dataclass
class MessageRow(Message):
    """A message as listed: with the name of its organisation."""

    org_name: str = ""

    @classmethod
    def of(cls, m: Message, org_name: str) -> MessageRow:
        return cls(**{f.name: getattr(m, f.name) for f in fields(m)}, org_name=org_name)


class MessageTableModel(LazyTableModel):
    translation_context = "MessagesModel"
    columns: ClassVar[list[Column]] = [  # headers in English, translated where they are shown
        Column("", lambda m: ARROWS.get(m.direction, "")),
        Column(QT_TRANSLATE_NOOP("MessagesModel", "Message"), message_title),
        Column(QT_TRANSLATE_NOOP("MessagesModel", "Created"), lambda m: local_time(m.created_at)),
        #: column header: the state of a message in its processing (queued, sent, answered...)
        Column(QT_TRANSLATE_NOOP("MessagesModel", "State"), state_text),
        Column("GRN", lambda m: grn_text(m.grns)),
        Column(QT_TRANSLATE_NOOP("MessagesModel", "Organisation"), lambda m: m.org_name),
        Column(QT_TRANSLATE_NOOP("MessagesModel", "Result"),
               lambda m: (m.result_shown or m.error_text or "").replace("\n", " ")),
    ]

    def __init__(self, context: UserContext, flt: MessageFilter | None = None, parent=None):
        super().__init__(parent)
        self._context = context
        self.filter = flt or MessageFilter()
        self.matching = 0  # messages that match the filter (all of them, loaded or not)
        self._org_names: dict[int, str] = {}

    def set_filter(self, flt: MessageFilter) -> None:
        self.filter = flt
        self.reload()

    def count_records(self) -> int:
        self.matching = self._context.messaging.store.count(self.filter)
        return self.matching

    def load_records(self, offset: int, limit: int) -> list[MessageRow]:
        messages = self._context.messaging.store.list(self.filter, offset=offset, limit=limit)
        return [MessageRow.of(m, self._org_name(m.org_id)) for m in messages]

    def _org_name(self, org_id: int | None) -> str:
        if org_id is None:
            return ""
        if org_id not in self._org_names:
            try:
                self._org_names[org_id] = self._context.organisations.get(org_id).name
            except NotFound:
                self._org_names[org_id] = translate("MessagesModel", "(deleted organisation {number})"
                                                    ).format(number=org_id)
        return self._org_names[org_id]

    def reload(self) -> None:
        self._org_names.clear()
        super().reload()


    def extra_data(self, m: MessageRow, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(m)
        if role == Qt.ItemDataRole.ForegroundRole:
            if m.state in ERROR_STATES and column in (STATE_COLUMN, len(self.columns) - 1):
                return QBrush(ERROR_TEXT if self._background(m) is not None else readable(ERROR_TEXT))
            if self._background(m) is not None:
                return QBrush(QColor("#202020"))  # readable on the light highlight in a dark theme too
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(m, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _background(m: Message) -> QBrush | None:
        if is_overdue(m):
            return QBrush(OVERDUE_BACKGROUND)
        if m.state == "quarantined":
            return QBrush(QUARANTINE_BACKGROUND)
        if m.state == "unmatched":
            return QBrush(UNMATCHED_BACKGROUND)
        return None

    def _tooltip(self, m: Message, column: int) -> str | None:
        warning = warning_for(m)
        if warning:
            return warning
        if column == 0:
            tip = DIRECTION_TIPS.get(m.direction)
            return translate("MessagesModel", tip) if tip else None
        if column == 1:
            return f"{message_title(m)} — {m.kind}" if m.kind else message_title(m)
        if column == 4 and len(m.grns) > SHOWN_GRNS:
            return "\n".join(m.grns)
        if column == len(self.columns) - 1 and (m.result or m.error_text):
            return m.result_shown or m.error_text
        return None
