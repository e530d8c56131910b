"""The strip above the register during an outage (which gateway, since when, how many messages wait for it) and
for the paper movements whose endorsed document is due (spec 06 §6.2), and the notice at sign-in about those, once
a day."""
from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from core.administrations import ADMINISTRATIONS
from core.changes import CONTINUITY, MESSAGES, Changes
from core.i18n import QT_TRANSLATE_NOOP, translate

# ui.models.continuity and ui.models.messages are imported where they are used: they bring the message store and
# sqlite_utils, which the main window imports this module before it paints (bench/startup.py, first paint).

if TYPE_CHECKING:
    from core.context import UserContext
    from core.continuity.bcp import Reminder
    from core.continuity.incidents import Incident

STRIP_STYLE = """
QFrame[severity="warning"] { background: #ffe7a3; border: 1px solid #d4a017; border-radius: 3px; }
QFrame[severity="critical"] { background: #f9d6d2; border: 1px solid #c0392b; border-radius: 3px; }
QFrame[severity="warning"] QLabel { color: #4a3500; border: none; }
QFrame[severity="critical"] QLabel { color: #6e1710; border: none; }
"""
ICONS = {"warning": QStyle.StandardPixmap.SP_MessageBoxWarning, "critical": QStyle.StandardPixmap.SP_MessageBoxCritical}
ICON_SIZE = 16
SHOWN_LINES = 2
REFRESH_MS = 60_000  # a planned outage starts, a new day makes a movement due
NOTICE_TITLE = QT_TRANSLATE_NOOP("ContinuityBanner", "Paper movements due")
KIND_TEXTS = {  # shown translated: kind_text()
    "customs-planned": QT_TRANSLATE_NOOP("ContinuityBanner", "Planned customs outage"),
    "customs-unplanned": QT_TRANSLATE_NOOP("ContinuityBanner", "Customs outage"),
    "own-system": QT_TRANSLATE_NOOP("ContinuityBanner", "Failure of our own system"),
    "link": QT_TRANSLATE_NOOP("ContinuityBanner", "The link to customs is down"),
}


def kind_text(incident: Incident) -> str:
    """What kind of outage it is, as the banner says it."""
    text = KIND_TEXTS.get(incident.kind)
    return translate("ContinuityBanner", text) if text else incident.kind_label


def waiting_text(count: int) -> str:
    if count == 0:
        return translate("ContinuityBanner", "no message waiting")
    if count == 1:
        return translate("ContinuityBanner", "1 message waiting; it goes out when it is back")
    return translate("ContinuityBanner", "%n messages waiting; they go out when it is back", None, count)


def incident_text(incident: Incident, waiting: int) -> str:
    """One incident going on, as the banner says it."""
    from ui.models.messages import local_time

    since = local_time(incident.start)
    if incident.gateway:
        unreachable = translate("ContinuityBanner", "Customs gateway {gateway} unreachable since {since} — {waiting}")
        return unreachable.format(gateway=incident.gateway, since=since, waiting=waiting_text(waiting))
    what = kind_text(incident)
    if incident.administration:
        what += f" ({ADMINISTRATIONS.get(incident.administration, incident.administration)})"
    more = ""
    if incident.expected_end:
        more += translate("ContinuityBanner", ", expected to end {end}").format(end=local_time(incident.expected_end))
    if incident.ticket:
        more += translate("ContinuityBanner", ", ticket {ticket}").format(ticket=incident.ticket)
    return translate("ContinuityBanner", "{outage} since {since}{details} — {waiting}").format(
        outage=what, since=since, details=more, waiting=waiting_text(waiting))


def more_incidents(more: int) -> str:
    return translate("ContinuityBanner", "… and %n more incidents", None, more)


def more_movements(more: int) -> str:
    return translate("ContinuityBanner", "… and %n more paper movements", None, more)


def lines_text(lines: list[str], more_text: Callable[[int], str]) -> str:
    """The first lines, and how many more there are (``more_text`` says it for a count)."""
    shown = lines[:SHOWN_LINES]
    more = len(lines) - len(shown)
    return "\n".join(shown) + ("\n" + more_text(more) if more else "")


class Strip(QFrame):
    """One coloured line of the banner: an icon, the text, and a button."""

    def __init__(self, name: str, button_text: str, button_tip: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName(f"{name}_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(button_text)
        self.button.setObjectName(f"{name}_button")
        self.button.setToolTip(button_tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    @property
    def severity(self) -> str | None:
        return self.property("severity") or None

    def show_lines(self, text: str, tip: str, severity: str) -> None:
        if self.property("severity") != severity:
            self.setProperty("severity", severity)
            for widget in (self, *self.findChildren(QLabel)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.icon.setPixmap(self.style().standardIcon(ICONS[severity]).pixmap(ICON_SIZE, ICON_SIZE))
        self.icon.setToolTip(translate("ContinuityBanner", "Overdue, or going on") if severity == "critical"
                             else translate("ContinuityBanner", "Due today or tomorrow"))
        self.text.setText(text)
        self.text.setToolTip(tip)
        self.show()


class ContinuityBanner(QWidget):
    """Red while an incident goes on (a draft the transport opened when a gateway stopped answering included);
    amber for paper movements due today or tomorrow, red when one is overdue. Neither can be dismissed: the
    outage ends, or the document is presented."""

    open_incident = Signal(int)
    open_movements = Signal()

    def __init__(self, context: UserContext | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("continuity_banner")
        self.setStyleSheet(STRIP_STYLE)
        self.context = context
        self.incidents: list[Incident] = []
        self.reminders: list[Reminder] = []
        self.notice: QMessageBox | None = None
        self.outage = Strip("outage", translate("ContinuityBanner", "Open &incident…"),
                            translate("ContinuityBanner", "Show the incident in the incident log: confirm it, close "
                                                          "it, or see the declarations pending from it"))
        self.outage.button.clicked.connect(self._open_first_incident)
        self.due = Strip("paper_due", translate("ContinuityBanner", "&Paper movements…"),
                         translate("ContinuityBanner", "Show the movements handled on paper and mark a document "
                                                       "presented"))
        self.due.button.clicked.connect(lambda: self.open_movements.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.outage)
        layout.addWidget(self.due)
        self.timer = QTimer(self)  # runs while somebody is signed in
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    def set_context(self, context: UserContext) -> None:
        self.context = context
        self.timer.start()
        self.refresh()

    def clear(self) -> None:
        """Nobody is signed in, or the window closes: show nothing, read nothing more."""
        self.context = None
        self.timer.stop()
        self.refresh()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(CONTINUITY, MESSAGES):  # an incident or a movement; a message queued or sent
            self.refresh()

    def refresh(self) -> None:
        context = self.context
        signed_in = context is not None and context.session is not None
        self.incidents = context.incidents.current() if signed_in else []
        self.reminders = context.bcp.due() if signed_in else []
        if self.incidents:
            lines = [incident_text(i, context.messaging.waiting_count(i.gateway, i.administration))
                     for i in self.incidents]
            self.outage.show_lines(lines_text(lines, more_incidents), "\n".join(lines), "critical")
        else:
            self.outage.hide()
        if self.reminders:
            from ui.models.continuity import reminder_text

            lines = [reminder_text(r) for r in self.reminders]
            severity = "critical" if any(r.overdue for r in self.reminders) else "warning"
            self.due.show_lines(lines_text(lines, more_movements), "\n".join(lines), severity)
        else:
            self.due.hide()
        self.setVisible(bool(self.incidents or self.reminders))

    def _open_first_incident(self) -> None:
        if self.incidents:
            self.open_incident.emit(self.incidents[0].id)

    # --- at sign-in -------------------------------------------------------------------------------------------
    def announce(self) -> QMessageBox | None:
        """Tell the signed-in user, once a day, which paper documents are due or overdue (a window-modal message)."""
        if self.context is None or self.context.session is None:
            return None
        from core.continuity.notices import mark_announced, reminders_to_announce

        reminders = reminders_to_announce(self.context)
        if not reminders:
            return None
        self.notice = due_notice(self.window(), reminders, self.open_movements.emit)
        mark_announced(self.context)
        self.notice.open()
        return self.notice


def due_notice(parent, reminders: list[Reminder], open_movements) -> QMessageBox:
    from ui.models.continuity import reminder_text

    overdue = sum(r.overdue for r in reminders)
    count = len(reminders)
    due = (translate("ContinuityBanner", "1 endorsed paper document is due at the office of destination") if count == 1
           else translate("ContinuityBanner", "%n endorsed paper documents are due at the office of destination",
                          None, count))
    lead = due + (translate("ContinuityBanner", ", %n overdue:", None, overdue) if overdue else ":")
    items = "".join(f"<li style='margin-bottom: 6px'>{escape(reminder_text(r))}</li>" for r in reminders)
    box = QMessageBox(QMessageBox.Icon.Warning if overdue else QMessageBox.Icon.Information,
                      translate("ContinuityBanner", NOTICE_TITLE), f"<p><b>{escape(lead)}</b></p><ul>{items}</ul>",
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("due_notice")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 520px; }")
    box.setInformativeText(translate("ContinuityBanner", "You are told once a day; the banner above the register "
                                                         "stays until each document is marked presented."))
    movements = box.addButton(translate("ContinuityBanner", "&Paper movements…"), QMessageBox.ButtonRole.ActionRole)
    box.buttonClicked.connect(lambda button: open_movements() if button is movements else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
