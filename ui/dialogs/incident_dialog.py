"""Record an incident of the incident log, or correct and confirm one (a draft the transport opened included), and
the small dialogs that ask for one moment: the end of an incident, when a paper document was presented."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.administrations import ADMINISTRATIONS
from core.changes import Changes
from core.continuity.incidents import CONFIRMATIONS, KINDS
from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.dialogs.form import ErrorLabel, FieldForm, dialog_buttons, show_refusal
from ui.models.messages import local_time

if TYPE_CHECKING:
    from core.context import UserContext
    from core.continuity.incidents import Incident

MOMENT_NOTE = QT_TRANSLATE_NOOP("IncidentDialog",
                                "Local time, e.g. 2026-11-02 08:30; or with the time zone, e.g. 2026-11-02T08:30+01:00")
MOMENT_PLACEHOLDER = QT_TRANSLATE_NOOP("IncidentDialog", "YYYY-MM-DD HH:MM")
# which fields each kind of incident asks for (the start, the end and the notes: every kind)
FIELDS_OF = {
    "customs-planned": ("administration", "gateway", "expected_end", "ticket"),
    "customs-unplanned": ("administration", "gateway", "cause"),
    "own-system": ("eori", "cause", "ticket", "confirmed"),
    "link": ("administration", "gateway", "cause"),
}
START_LABELS = {"customs-planned": QT_TRANSLATE_NOOP("IncidentDialog", "Announced &start:"),
                "own-system": QT_TRANSLATE_NOOP("IncidentDialog", "&Start of the failure:")}
NOT_ASKED = QT_TRANSLATE_NOOP("IncidentDialog", "not answered yet")


def now_text() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")


def moment_edit(text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(translate("IncidentDialog", MOMENT_PLACEHOLDER))
    return edit


class MomentField:
    """A moment typed as local time; unchanged, it gives back the stored value (seconds and all)."""

    def __init__(self, edit: QLineEdit, stored: str | None = None):
        self.edit = edit
        self.stored = stored
        self.shown = local_time(stored) if stored else edit.text()
        edit.setText(self.shown)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return self.stored if self.stored and text == self.shown else text


class IncidentDialog(QDialog):
    """New incident (``incident`` None) or the one given, corrected; a draft the transport opened is confirmed by
    saving it. Each error is shown under its field; ``changes`` and ``saved_id`` tell what was stored."""

    def __init__(self, context: UserContext, incident: Incident | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("IncidentDialog")
        self._context = context
        self.incident = incident
        self.changes = Changes()
        self.saved_id: int | None = incident.id if incident else None
        if incident is None:
            title = translate("IncidentDialog", "New incident")
        elif incident.state == "draft":
            title = translate("IncidentDialog", "Confirm incident {number} (detected automatically)").format(
                number=incident.id)
        else:
            title = translate("IncidentDialog", "Incident {number}").format(number=incident.id)
        self.setWindowTitle(title)

        self.kind = QComboBox()
        for kind, label in KINDS.items():
            self.kind.addItem(translate("Continuity", label), kind)
        self.administration = QComboBox()
        self.administration.addItem("—", "")
        for code, label in ADMINISTRATIONS.items():
            self.administration.addItem(label, code)
        self.gateway = QLineEdit()
        self.gateway.setPlaceholderText(translate("IncidentDialog",
                                                  "the gateway's address, when one gateway is concerned"))
        self.start = MomentField(moment_edit(now_text()), incident.start if incident else None)
        self.expected_end = MomentField(moment_edit(), incident.expected_end if incident else None)
        self.end = MomentField(moment_edit(), incident.end if incident else None)
        self.eori = QLineEdit()
        self.eori.setPlaceholderText(translate("IncidentDialog",
                                               "the authorised consignee's EORI, e.g. DE1234567890123"))
        self.cause = QPlainTextEdit()
        self.cause.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        self.cause.setTabChangesFocus(True)
        self.ticket = QLineEdit()
        self.ticket.setPlaceholderText(translate("IncidentDialog", "the service desk's ticket number"))
        self.confirmed = QComboBox()
        self.confirmed.addItem(translate("IncidentDialog", NOT_ASKED), None)
        for answer, label in CONFIRMATIONS.items():
            self.confirmed.addItem(translate("Continuity", label), answer)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        self.notes.setTabChangesFocus(True)

        layout = QFormLayout()
        self.form = FieldForm(layout)
        self.form.add("kind", translate("IncidentDialog", "&Kind:"), self.kind)
        self.form.add("administration", translate("IncidentDialog", "&Administration:"), self.administration)
        self.form.add("gateway", translate("IncidentDialog", "&Gateway:"), self.gateway)
        self.form.add("eori", translate("IncidentDialog", "&EORI:"), self.eori)
        self.form.add("start", translate("IncidentDialog", "&Start:"), self.start.edit,
                      translate("IncidentDialog", MOMENT_NOTE))
        self.start_label = layout.labelForField(self.start.edit.parentWidget())
        self.form.add("expected_end", translate("IncidentDialog", "E&xpected end:"), self.expected_end.edit)
        self.form.add("end", translate("IncidentDialog", "En&d:"), self.end.edit,
                      translate("IncidentDialog", "Empty while it is going on"))
        self.form.add("cause", translate("IncidentDialog", "&Cause:"), self.cause,
                      translate("IncidentDialog", "If known"))
        self.form.add("ticket", translate("IncidentDialog", "&Ticket:"), self.ticket)
        self.form.add("confirmed", translate("IncidentDialog", "Con&firmed:"), self.confirmed,
                      translate("IncidentDialog", "The service desk's answer: customs may refuse to confirm a "
                                "consignee who reports failures systematically"))
        self.form.add("notes", translate("IncidentDialog", "&Notes:"), self.notes)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("general_error")
        draft = incident is not None and incident.state == "draft"
        # Enter; S and C are taken
        ok = translate("IncidentDialog", "Confirm") if draft else translate("IncidentDialog", "Save")
        self.buttons = dialog_buttons(self, ok)
        box = QVBoxLayout(self)
        if incident is not None and incident.detected:
            note = QLabel(translate("IncidentDialog", "CustomsDesk opened this incident when the gateway stopped "
                                    "answering. Check it, complete it and confirm it: it becomes your record."))
            note.setWordWrap(True)
            box.addWidget(note)
        box.addLayout(layout)
        box.addWidget(self.general_error)
        box.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _: self._show_fields_of_kind())
        if incident is not None:
            self._fill(incident)
        self._show_fields_of_kind()
        self.resize(620, self.sizeHint().height())

    def _fill(self, i: Incident) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(i.kind)))
        self.administration.setCurrentIndex(max(0, self.administration.findData(i.administration)))
        self.gateway.setText(i.gateway)
        self.eori.setText(i.eori)
        self.cause.setPlainText(i.cause)
        self.ticket.setText(i.ticket)
        self.confirmed.setCurrentIndex(max(0, self.confirmed.findData(i.confirmed)))
        self.notes.setPlainText(i.notes)

    @property
    def kind_code(self) -> str:
        return self.kind.currentData()

    def visible_fields(self) -> set[str]:
        return set(FIELDS_OF.get(self.kind_code, ()))

    def _show_fields_of_kind(self) -> None:
        shown = self.visible_fields()
        for name in ("administration", "gateway", "eori", "expected_end", "cause", "ticket", "confirmed"):
            widget = self._widget(name)
            self.form.layout.setRowVisible(widget.parentWidget(), name in shown)
        label = START_LABELS.get(self.kind_code)
        if self.start_label is not None:
            self.start_label.setText(translate("IncidentDialog", label) if label
                                     else translate("IncidentDialog", "&Start:"))

    def _widget(self, name: str) -> QWidget:
        field = getattr(self, name)
        return field.edit if isinstance(field, MomentField) else field

    def values(self) -> dict:
        """What the form holds, for the incident log: a field the kind does not ask for is left empty."""
        shown = self.visible_fields()
        given = {
            "kind": self.kind_code, "start": self.start.value(), "end": self.end.value(), "notes":
            self.notes.toPlainText(),
            "administration": self.administration.currentData(), "gateway": self.gateway.text(),
            "expected_end": self.expected_end.value(), "eori": self.eori.text(), "cause": self.cause.toPlainText(),
            "ticket": self.ticket.text(), "confirmed": self.confirmed.currentData(),
        }
        for name in FIELDS_OF["customs-planned"] + FIELDS_OF["own-system"] + FIELDS_OF["link"]:
            if name not in shown:
                given[name] = None if name in ("expected_end", "confirmed") else ""
        return given

    def accept(self) -> None:
        values = self.values()
        try:
            if self.incident is None:
                saved = self._context.incidents.open(**values)
                self.changes, self.saved_id = saved.changes, saved.record.id
            else:
                self.changes = self._context.incidents.update(self.incident.id, **values)
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error)
            return
        super().accept()


class MomentDialog(QDialog):
    """One moment to give (default: now), stored by ``apply``; its error is shown under the field."""

    def __init__(self, title: str, lead: str, label: str, field: str, apply: Callable[[str | None], Changes],
                 text: str = "", note: str | None = None, ok_text: str | None = None, parent=None):
        """``note`` and ``ok_text``: by default the usual note on typing a moment, and *Save*."""
        super().__init__(parent)
        self.setObjectName("MomentDialog")
        self.setWindowTitle(title)
        self._apply = apply
        self.changes = Changes()
        self.moment = moment_edit(text)
        self.moment.setPlaceholderText(translate("IncidentDialog", "now", "an empty moment means now"))
        self.form = FieldForm(QFormLayout())
        self.form.add(field, label, self.moment, translate("IncidentDialog", MOMENT_NOTE) if note is None else note)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("general_error")
        layout = QVBoxLayout(self)
        intro = QLabel(lead)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general_error)
        layout.addWidget(dialog_buttons(self, translate("IncidentDialog", "&Save") if ok_text is None else ok_text))
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        text = self.moment.text().strip()
        try:
            self.changes = self._apply(text or None)
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error)
            return
        super().accept()
