"""The onboarding checklist of the participant certificate (spec 03 §3.3), per EORI and administration.

A tab of the certificate manager: the checklists on the left with their progress, the four steps of the
selected one on the right, each saved on its own.
"""
from __future__ import annotations

import html
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import formatting
from core.communication.onboarding import (
    STATES,
    STEP_DEFINITIONS,
    Checklist,
    StepDefinition,
)
from core.errors import UserError, ValidationError, message_of
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.dialogs.dates import optional_date, optional_date_edit, set_optional_date
from ui.dialogs.form import ErrorLabel, FieldForm
from ui.file_dialogs import save_file_name
from ui.theme import readable, text_style

if TYPE_CHECKING:
    from core.context import UserContext

READ_ONLY_STYLE = ("QLabel { background: #fff1b8; color: #202020; border: 1px solid #e0c040; border-radius: 3px;"
                   " padding: 6px; }")
HINT_STYLE = ("QLabel { background: #e8f1fb; color: #15395f; border: 1px solid #b5cde8; border-radius: 3px;"
              " padding: 6px; }")
COMPLETE_COLOUR, OPEN_COLOUR = "#1e8449", "#5d6d7e"
NO_CERTIFICATE = QT_TRANSLATE_NOOP("OnboardingPage",
                                   "There is no participant certificate of this EORI to export: import it first.")
NO_PARTICIPANT_CODE = QT_TRANSLATE_NOOP("OnboardingPage", "No participant code is set for this EORI and "
                                                          "administration: fill it in the communication parameters.")
NO_CHECKLISTS = QT_TRANSLATE_NOOP(
    "OnboardingPage", "No communication parameter set names a participant EORI yet. Fill in the participant EORI in "
    "Settings ▸ Communication parameters, and its onboarding checklist appears here.")
LABEL_WIDTH, REFERENCE_WIDTH, NOTE_LINES = 110, 320, 2
DATES_FOR = {"open": (False, False), "in_progress": (True, False), "done": (True, True), "not_needed": (False, False)}


class ChecklistListModel(QAbstractListModel):
    """One row per EORI and administration: “CZ25596641 · CZ NCTS — 2 of 4 done” and the organisations."""

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.checklists: list[Checklist] = context.onboarding.checklists()

    def reload(self) -> None:
        self.beginResetModel()
        self.checklists = self._context.onboarding.checklists()
        self.endResetModel()

    def replace(self, checklist: Checklist) -> None:
        for row, current in enumerate(self.checklists):
            if (current.eori, current.administration) == (checklist.eori, checklist.administration):
                self.checklists[row] = checklist
                self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, eori: str, administration: str) -> int | None:
        return next((row for row, c in enumerate(self.checklists)
                     if (c.eori, c.administration) == (eori, administration)), None)

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.checklists)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        checklist = self.checklists[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            names = ", ".join(checklist.organisations)
            return f"{checklist.label}\n{names}" if names else checklist.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if checklist.complete:
                return translate("OnboardingPage", "Complete: every step is done or not needed")
            return checklist.summary
        if role == Qt.ItemDataRole.ForegroundRole and checklist.complete:
            return readable(COMPLETE_COLOUR)
        return None


class StepEditor(QFrame):
    """One step: what to do, its state and dates, its reference and note, what the app knows, Save."""

    saved = Signal(object)  # the Checklist after saving

    def __init__(self, context: UserContext, number: int, step: StepDefinition, parent=None):
        super().__init__(parent)
        self.setObjectName(f"step_{step.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"{number}. {step.title}")
        self.title.setObjectName(f"{step.key}_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self._context = context
        self.key = step.key
        self.number = number
        self._checklist: Checklist | None = None
        self.explanation = QLabel(step.explanation)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setWordWrap(True)
        self.state = QComboBox()
        self.state.setObjectName(f"{step.key}_state")
        for code, label in STATES.items():
            self.state.addItem(label, code)
        self.state.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.state.currentIndexChanged.connect(self._state_chosen)
        self.started_on = optional_date_edit(translate("OnboardingPage", "not started"))
        self.done_on = optional_date_edit(translate("OnboardingPage", "not done"))
        self.reference = QLineEdit()
        self.reference.setMaxLength(100)
        self.reference.setMaximumWidth(REFERENCE_WIDTH)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(translate("OnboardingPage", "Why the step is not needed, or any remark"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * NOTE_LINES + 12)
        self.form = FieldForm(QFormLayout())
        self.form.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.add("state", translate("OnboardingPage", "State:"), self.state)
        self.form.add("started_on", translate("OnboardingPage", "Started:"), self._dates_row(), also=("done_on",))
        if step.reference_label:
            self.form.add("reference", f"{step.reference_label}:", self.reference)
        self.form.add("note", translate("OnboardingPage", "Note:"), self.note)
        for row in range(self.form.layout.rowCount()):
            label = self.form.layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setMinimumWidth(LABEL_WIDTH)
        self.hint = QLabel()
        self.hint.setObjectName(f"{step.key}_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.general = ErrorLabel()
        self.changed_label = QLabel()
        self.changed_label.setEnabled(False)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(text_style(COMPLETE_COLOUR))
        self.save_button = QPushButton(translate("OnboardingPage", "Save step {number}").format(number=number))
        self.save_button.setObjectName(f"{step.key}_save")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(translate("OnboardingPage", "Export public certificate…"))
        self.export_button.clicked.connect(self.export_public)
        self.copy_button = QPushButton(translate("OnboardingPage", "Copy mail subject"))
        self.copy_button.clicked.connect(self.copy_subject)
        self._layout(step)

    def _dates_row(self) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.started_on)
        line.addSpacing(12)
        line.addWidget(QLabel(translate("OnboardingPage", "Done:", "date the step was done")))
        line.addWidget(self.done_on)
        line.addStretch(1)
        return row

    def _layout(self, step: StepDefinition) -> None:
        buttons = QHBoxLayout()
        if step.key == "register":
            buttons.addWidget(self.export_button)
        if step.key == "send_to_gateway":
            buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.explanation)
        column.addLayout(self.form.layout)
        column.addWidget(self.hint)
        column.addWidget(self.general)
        column.addLayout(buttons)
        column.addWidget(self.changed_label)

    # -- showing --------------------------------------------------------------------------------
    def show_step(self, checklist: Checklist, keep_edits: bool = False) -> None:
        """Show the step of ``checklist``; with keep_edits only what the app computes (hint, buttons)."""
        self._checklist = checklist
        step = checklist.step(self.key)
        colour = readable(COMPLETE_COLOUR if step.settled else OPEN_COLOUR).name()
        self.title.setText(f"<b>{html.escape(step.heading)}</b> &nbsp;<span style='color: {colour}'>"
                           f"{step.state_label.lower()}</span>")
        self.explanation.setText(step.explanation)
        self.hint.setText(step.hint)
        self.hint.setVisible(bool(step.hint))
        self._show_helpers(checklist)
        if keep_edits:
            return
        self.form.clear()
        self.general.show_message("")
        self.saved_label.clear()
        self.state.blockSignals(True)
        self.state.setCurrentIndex(self.state.findData(step.state))
        self.state.blockSignals(False)
        set_optional_date(self.started_on, step.started_on)
        set_optional_date(self.done_on, step.done_on)
        self.reference.setText(step.reference)
        self.note.setPlainText(step.note)
        self.changed_label.setText(
            translate("OnboardingPage", "Last changed by {user} on {time}").format(
                user=step.changed_by, time=_local_time(step.changed_at))
            if step.changed_by else translate("OnboardingPage", "Not recorded yet."))
        self._enable_dates()

    def _show_helpers(self, checklist: Checklist) -> None:
        has_certificate = checklist.certificate_id is not None
        self.export_button.setEnabled(has_certificate)
        self.export_button.setToolTip(
            translate("OnboardingPage", "Save the public certificate (no private key) to upload it to customs")
            if has_certificate else translate("OnboardingPage", NO_CERTIFICATE))
        subject = checklist.mail_subject
        self.copy_button.setEnabled(subject is not None)
        self.copy_button.setToolTip(
            translate("OnboardingPage", "Copy “{subject}” to the clipboard").format(subject=subject)
            if subject else translate("OnboardingPage", NO_PARTICIPANT_CODE))

    def set_read_only(self, reason: str | None) -> None:
        for widget in (self.state, self.started_on, self.done_on, self.reference, self.note):
            widget.setEnabled(reason is None)
        self.save_button.setEnabled(reason is None)
        self.save_button.setToolTip(reason or "")
        if reason is None:
            self._enable_dates()

    def _state_chosen(self) -> None:
        state = self.state.currentData()
        if state == "in_progress" and optional_date(self.started_on) is None:
            set_optional_date(self.started_on, date.today())
        if state == "done" and optional_date(self.done_on) is None:
            set_optional_date(self.done_on, date.today())
        step = self._checklist.step(self.key) if self._checklist else None
        if state == "not_needed" and not self.note.toPlainText().strip() and step and step.not_needed_reason:
            self.note.setPlainText(step.not_needed_reason)
        self._enable_dates()

    def _enable_dates(self) -> None:
        started, done = DATES_FOR[self.state.currentData()]
        self.started_on.setEnabled(started and self.state.isEnabled())
        self.done_on.setEnabled(done and self.state.isEnabled())

    # -- acting ---------------------------------------------------------------------------------
    def save(self) -> bool:
        if self._checklist is None:
            return False
        state = self.state.currentData()
        started, done = DATES_FOR[state]
        try:
            checklist = self._context.onboarding.set_step(
                self._checklist.eori, self._checklist.administration, self.key, state,
                started_on=optional_date(self.started_on) if started else None,
                done_on=optional_date(self.done_on) if done else None,
                reference=self.reference.text() if self._checklist.step(self.key).reference_label else None,
                note=self.note.toPlainText())
        except ValidationError as exc:
            self.saved_label.clear()
            self.form.show(exc.errors, fallback=self.general)
            return False
        except UserError as exc:
            self.saved_label.clear()
            self.form.clear()
            self.general.show_message(str(exc))
            return False
        self.show_step(checklist)
        self.saved_label.setText(translate("OnboardingPage", "Saved."))
        self.saved.emit(checklist)
        return True

    def export_public(self) -> None:
        checklist = self._checklist
        if checklist is None or checklist.certificate_id is None:
            return
        name = save_file_name(self, translate("OnboardingPage", "Export the public certificate"),
                              f"{checklist.eori}-participant-certificate.pem",
                              translate("OnboardingPage", "Certificate, PEM") + " (*.pem *.crt);;"
                              + translate("OnboardingPage", "Certificate, DER") + " (*.cer *.der)")
        if not name:
            return
        try:
            # the file dialog has asked before replacing a file
            written = self._context.certificates.export_public(checklist.certificate_id, Path(name), replace=True)
        except UserError as exc:
            self.general.show_message(message_of(exc))
            return
        self.general.show_message("")
        self.saved_label.setText(translate("OnboardingPage", "Exported to {file}: upload this file, it holds no "
                                                             "private key.").format(file=written.name))

    def copy_subject(self) -> None:
        subject = self._checklist.mail_subject if self._checklist else None
        if subject:
            QGuiApplication.clipboard().setText(subject)
            self.saved_label.setText(translate("OnboardingPage", "Mail subject copied."))


class OnboardingPage(QWidget):
    """The checklists on the left, the four steps of the selected one on the right."""

    changed = Signal()

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.model = ChecklistListModel(context, self)
        self.list = QListView()
        self.list.setObjectName("onboarding_checklists")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(self._select)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(READ_ONLY_STYLE)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.empty_note = QLabel(translate("OnboardingPage", NO_CHECKLISTS))
        self.empty_note.setWordWrap(True)
        self.editors = {step.key: StepEditor(context, number, step) for number, step in enumerate(STEP_DEFINITIONS, 1)}
        for editor in self.editors.values():
            editor.saved.connect(self._step_saved)
        self._build_layout()
        self.refresh()

    def _build_layout(self) -> None:
        steps = QWidget()
        column = QVBoxLayout(steps)
        column.addWidget(self.heading)
        column.addWidget(self.subheading)
        column.addWidget(self.empty_note)
        for editor in self.editors.values():
            column.addWidget(editor)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(steps)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.splitter, 1)

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the checklists again (after certificates or parameter sets changed), keeping the selection."""
        current = self.current()
        self.model.reload()
        reason = self._context.onboarding.why_not_change()
        self.read_only_note.setText(translate("OnboardingPage", "Read only. {reason}").format(reason=reason)
                                    if reason else "")
        self.read_only_note.setVisible(bool(reason))
        for editor in self.editors.values():
            editor.set_read_only(reason)
        row = self.model.row_of(current.eori, current.administration) if current else None
        if row is None and self.model.checklists:
            row = 0
        has_any = bool(self.model.checklists)
        self.empty_note.setVisible(not has_any)
        for editor in self.editors.values():
            editor.setVisible(has_any)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))
            self._show(self.model.checklists[row])
        else:
            self.heading.setText(translate("OnboardingPage", "Onboarding checklist"))
            self.subheading.clear()

    def current(self) -> Checklist | None:
        index = self.list.currentIndex()
        return self.model.checklists[index.row()] if index.isValid() and self.model.checklists else None

    def select(self, eori: str, administration: str) -> bool:
        row = self.model.row_of(eori, administration)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def _select(self, index: QModelIndex) -> None:
        if index.isValid():
            self._show(self.model.checklists[index.row()])

    def _show(self, checklist: Checklist, keep_edits: bool = False) -> None:
        self.heading.setText(f"{checklist.eori} · {checklist.administration_label} — {checklist.summary}")
        names = ", ".join(checklist.organisations) or translate("OnboardingPage",
                                                                "No organisation you represent has this EORI")
        self.subheading.setText(translate("OnboardingPage", "{organisations} — work through the steps in order; each "
                                                            "step is saved on its own.").format(organisations=names))
        for editor in self.editors.values():
            editor.show_step(checklist, keep_edits=keep_edits)
        if not keep_edits:
            self.scroll.verticalScrollBar().setValue(0)

    def _step_saved(self, checklist: Checklist) -> None:
        """The saved step shows what was stored; the others keep unsaved edits and get the new hints."""
        self.model.replace(checklist)
        self._show(checklist, keep_edits=True)
        self.changed.emit()


def _local_time(stamp: str) -> str:
    """A stored UTC time stamp as the clerk's local time."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return formatting.moment(moment.astimezone())
