"""Movements handled on paper under the business continuity plan: record one (its deadline shown as soon as the
fields allow), keep the paper number ranges the offices allocated, and the regions whose holidays count."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.continuity.bcp import DOCUMENT_KINDS
from core.errors import UserError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.dialogs.form import ErrorLabel, FieldForm, dialog_buttons, show_refusal
from ui.dialogs.incident_dialog import MOMENT_NOTE, moment_edit, now_text
from ui.models.continuity import RangeTableModel
from ui.models.messages import local_time
from ui.views import fit_columns, single_record_view

if TYPE_CHECKING:
    from core.context import UserContext
    from core.continuity.bcp import BcpMovement

DEADLINE_WAITING = QT_TRANSLATE_NOOP("BcpDialogs", "The deadline appears here once the country of destination and the "
                                     "taking over are given.")
DEADLINE_STYLE = "QLabel#deadline { background: #eef4fb; border: 1px solid #9db8d9; border-radius: 3px; padding: 6px; }"
OFFICE_PLACEHOLDER = QT_TRANSLATE_NOOP("BcpDialogs", "e.g. DE004600")


def office_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(translate("BcpDialogs", OFFICE_PLACEHOLDER))
    edit.setMaxLength(8)
    return edit


class MovementDialog(QDialog):
    """Record a movement handled on paper: its number from the office's range or typed, the offices, the country
    whose holidays count, when the goods were taken over, and the deadline as soon as the fields allow."""

    def __init__(self, context: UserContext, incident: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("MovementDialog")
        self.setWindowTitle(translate("BcpDialogs", "New movement handled on paper"))
        self._context = context
        self.changes = Changes()
        self.saved: BcpMovement | None = None
        self._country_typed = False

        self.document_kind = QComboBox()
        for kind, label in DOCUMENT_KINDS.items():
            self.document_kind.addItem(f"{kind} — {translate('Continuity', label)}", kind)
        self.from_range = QRadioButton(translate("BcpDialogs",
                                                 "Next number of the &range kept for the office of destination"))
        self.typed = QRadioButton(translate("BcpDialogs", "T&yped, as printed on the form:"))
        self.number_choice = QButtonGroup(self)
        for button in (self.from_range, self.typed):
            self.number_choice.addButton(button)
        self.from_range.setChecked(True)
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(translate("BcpDialogs", "paper declaration number"))
        self.document_number.setEnabled(False)
        self.range_note = QLabel()
        self.range_note.setObjectName("range_note")
        self.range_note.setWordWrap(True)
        self.range_note.setEnabled(False)
        number = QWidget()
        number_layout = QVBoxLayout(number)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.setSpacing(2)
        number_layout.addWidget(self.from_range)
        number_layout.addWidget(self.range_note)
        typed_row = QHBoxLayout()
        typed_row.addWidget(self.typed)
        typed_row.addWidget(self.document_number, 1)
        number_layout.addLayout(typed_row)
        self.office_departure = office_edit()
        self.office_destination = office_edit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("DE")
        self.taken_over = moment_edit(now_text())
        self.incident = QComboBox()
        self.incident.addItem("—", None)
        for i in context.incidents.list():
            if i.state != "closed":
                self.incident.addItem(translate("BcpDialogs", "No. {number}: {kind}, since {start}").format(
                    number=i.id, kind=i.kind_label, start=local_time(i.start)), i.id)
        self.incident.setCurrentIndex(max(0, self.incident.findData(incident)) if incident is not None else
                                      (1 if self.incident.count() > 1 else 0))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        self.notes.setTabChangesFocus(True)
        self.deadline = QLabel(translate("BcpDialogs", DEADLINE_WAITING))
        self.deadline.setObjectName("deadline")
        self.deadline.setWordWrap(True)
        self.deadline.setStyleSheet(DEADLINE_STYLE)
        self.deadline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = FieldForm(QFormLayout())
        self.form.add("document_kind", translate("BcpDialogs", "&Document:"), self.document_kind)
        self.form.add("document_number", translate("BcpDialogs", "Number:"), number)
        self.form.add("office_destination", translate("BcpDialogs", "Office of d&estination:"), self.office_destination)
        self.form.add("country", translate("BcpDialogs", "&Country of destination:"), self.country,
                      translate("BcpDialogs", "Its public holidays count (and the region's, where the office's "
                                "region is set)"))
        self.form.add("office_departure", translate("BcpDialogs", "Office of de&parture:"), self.office_departure)
        self.form.add("taken_over", translate("BcpDialogs", "&Goods taken over at:"), self.taken_over,
                      translate("IncidentDialog", MOMENT_NOTE))
        self.form.add("incident", translate("BcpDialogs", "&Incident:"), self.incident)
        self.form.add("notes", translate("BcpDialogs", "&Notes:"), self.notes)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("general_error")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.deadline)
        layout.addWidget(self.general_error)
        layout.addWidget(dialog_buttons(self, translate("BcpDialogs", "Record", "verb: record the movement")))

        self.typed.toggled.connect(self._number_choice_changed)
        self.office_destination.textChanged.connect(self._destination_changed)
        self.country.textEdited.connect(self._country_edited)
        self.taken_over.textChanged.connect(lambda _: self.show_deadline())
        self._destination_changed("")
        self.resize(680, self.sizeHint().height())

    # --- as the fields are filled in ---------------------------------------------------------------------------
    def _number_choice_changed(self, typed: bool) -> None:
        self.document_number.setEnabled(typed)
        if typed:
            self.document_number.setFocus()

    def _country_edited(self, _text: str) -> None:
        self._country_typed = bool(self.country.text())
        self.show_deadline()

    def _destination_changed(self, text: str) -> None:
        office = "".join(text.split()).upper()
        if not self._country_typed and len(office) >= 2 and office[:2].isalpha():
            self.country.setText(office[:2])
        self._show_range(office)
        self.show_deadline()

    def _show_range(self, office: str) -> None:
        if len(office) != 8:
            self.range_note.setText(translate("BcpDialogs", "The number is taken when the movement is recorded."))
            return
        ranges = self._context.bcp.ranges(office)
        free = [r for r in ranges if r.remaining]
        if free:
            left = sum(r.remaining for r in free)
            self.range_note.setText(translate("BcpDialogs", "Next: {number} (range {range}; %n left)", None, left)
                                    .format(number=free[0].number(free[0].next), range=free[0].label))
        elif ranges:
            self.range_note.setText(translate("BcpDialogs", "The ranges of {office} are used up: type the number, "
                                              "or add the next range (Paper movements ▸ Number ranges).")
                                    .format(office=office))
        else:
            self.range_note.setText(translate("BcpDialogs", "No range is kept for {office}: type the number, or add "
                                              "the range the office allocated (Paper movements ▸ Number ranges).")
                                    .format(office=office))

    def show_deadline(self) -> None:
        """The deadline, as the movement will get it, once the country and the taking over can be read."""
        try:
            deadline = self._context.bcp.deadline_for(country=self.country.text(), taken_over=self.taken_over.text(),
                                                      office_destination=self.office_destination.text())
        except ValidationError:
            self.deadline.setText(translate("BcpDialogs", DEADLINE_WAITING))
            self.deadline.setProperty("deadline_day", None)
            return
        self.deadline.setText(deadline.text)
        self.deadline.setProperty("deadline_day", deadline.deadline.isoformat())

    # --- recording -------------------------------------------------------------------------------------------
    def accept(self) -> None:
        typed = self.typed.isChecked()
        number = self.document_number.text().strip() if typed else None
        if typed and not number:
            self.form.show([], self.general_error)
            self.form.error_label("document_number").show_message(
                translate("BcpDialogs", "Type the number printed on the paper declaration, or take the next one of the "
                          "office's range."))
            return
        try:
            saved = self._context.bcp.record(
                country=self.country.text(), office_destination=self.office_destination.text(),
                taken_over=self.taken_over.text(), document_kind=self.document_kind.currentData(),
                document_number=number, office_departure=self.office_departure.text(),
                incident=self.incident.currentData(), notes=self.notes.toPlainText())
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error)
            return
        self.saved, self.changes = saved.record, saved.changes
        super().accept()


class RangesDialog(QDialog):
    """The paper number ranges the offices allocated, with what is left, and a form to add one (officers and
    administrators)."""

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self.setObjectName("RangesDialog")
        self.setWindowTitle(translate("BcpDialogs", "Paper declaration number ranges"))
        self._context = context
        self.changes = Changes()
        self.model = RangeTableModel(self)
        self.table = single_record_view(self.model, "ranges", 1)
        self.office = office_edit()
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(translate("BcpDialogs", "optional, e.g. HH-"))
        self.first = QLineEdit()
        self.last = QLineEdit()
        for edit in (self.first, self.last):
            edit.setPlaceholderText(translate("BcpDialogs", "a whole number"))
        self.form = FieldForm(QFormLayout())
        self.form.add("office", translate("BcpDialogs", "&Office:"), self.office)
        self.form.add("prefix", translate("BcpDialogs", "&Prefix:"), self.prefix,
                      translate("BcpDialogs", "Written before the number, e.g. HH-0001"))
        self.form.add("first", translate("BcpDialogs", "&First number:"), self.first)
        self.form.add("last", translate("BcpDialogs", "&Last number:"), self.last)
        self.add_button = QPushButton(translate("BcpDialogs", "&Add range"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_range)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("general_error")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("BcpDialogs", "Each number is used once; a number typed in by hand is "
                                          "skipped when the range comes to it.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form.layout)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.general_error)
        layout.addWidget(close)
        reason = context.access.why_not_manager(
            translate("BcpDialogs", "keep the paper number ranges", "a refused action: 'Only … may …'"))
        if reason is not None:
            for widget in (self.office, self.prefix, self.first, self.last, self.add_button):
                widget.setEnabled(False)
                widget.setToolTip(reason)
            self.general_error.show_message(reason)
        self.refresh()
        self.resize(640, 560)

    def refresh(self) -> None:
        self.model.set_rows(self._context.bcp.ranges())
        fit_columns(self.table)

    def add_range(self) -> None:
        try:
            saved = self._context.bcp.add_range(self.office.text(), _whole(self.first.text()),
                                                _whole(self.last.text()), self.prefix.text())
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error)
            return
        self.form.clear()
        self.general_error.show_message("")
        self.changes |= saved.changes
        for edit in (self.prefix, self.first, self.last):
            edit.clear()
        self.refresh()


def _whole(text: str) -> int | str:
    """A whole number as typed (the ranges refuse anything else, naming the field)."""
    try:
        return int(text.strip())
    except ValueError:
        return text


class RegionsDialog(QDialog):
    """Which region's public holidays count for an office of destination: 'DE004600=HH DE002601=NW'."""

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self.setObjectName("RegionsDialog")
        self.setWindowTitle(translate("BcpDialogs", "Regions of the offices of destination"))
        self._context = context
        self.changes = Changes()
        regions = context.bcp.office_regions()
        self.regions = QLineEdit(" ".join(f"{office}={region}" for office, region in sorted(regions.items())))
        self.regions.setPlaceholderText(translate("BcpDialogs", "e.g. DE004600=HH DE002601=NW"))
        self.form = FieldForm(QFormLayout())
        self.form.add("office_regions", translate("BcpDialogs", "&Offices and regions:"), self.regions,
                      translate("BcpDialogs", "OFFICE=REGION pairs, the region as the holiday calendar writes it "
                                "(DE: NW, HH, BY, …): Corpus Christi counts in North Rhine-Westphalia, Reformation "
                                "Day in Hamburg"))
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("general_error")
        self.buttons = dialog_buttons(self, translate("BcpDialogs", "Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        reason = context.access.why_not_manager(
            translate("BcpDialogs", "set the regions of the offices", "a refused action: 'Only … may …'"))
        if reason is not None:
            self.regions.setReadOnly(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.general_error.show_message(reason)
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.changes = self._context.bcp.set_office_regions(self.regions.text())
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error)
            return
        super().accept()
