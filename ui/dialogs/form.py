"""Form helpers: a field with its inline error message right below it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import FieldError, UserError, ValidationError
from ui.theme import text_style

ERROR_COLOUR = "#c0392b"


class ErrorLabel(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(text_style(ERROR_COLOUR))
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class FieldForm:
    """A QFormLayout whose rows each carry an error label, addressed by field name."""

    def __init__(self, layout: QFormLayout):
        self.layout = layout
        self._errors: dict[str, ErrorLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add(self, field: str, label: str, widget: QWidget, note: str = "", also: tuple[str, ...] = ()) -> QWidget:
        """A row for ``field``; errors of the fields in ``also`` (shown in the same row) appear under it too."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setEnabled(False)
            column.addWidget(hint)
        error = ErrorLabel()
        error.setObjectName(f"error_{field}")
        column.addWidget(error)
        self.layout.addRow(label, box)
        for name in (field, *also):
            self._errors[name] = error
            self._widgets[name] = widget
        return widget

    def clear_when_right(self, field: str, edit: QLineEdit, wrong: Callable[[str], bool]) -> None:
        """The error shown under ``field`` goes as soon as what is typed in ``edit`` is right (``wrong`` says
        whether a text still is wrong): a message about a password too short does not stay below a good one."""

        def check(text: str) -> None:
            label = self._errors[field]
            if not label.isHidden() and not wrong(text):
                label.show_message("")

        edit.textChanged.connect(check)

    def error_label(self, field: str) -> ErrorLabel:
        return self._errors[field]

    def has(self, field: str) -> bool:
        return field in self._errors

    def clear(self) -> None:
        for label in set(self._errors.values()):
            label.show_message("")

    def show(self, errors: list[FieldError], fallback: ErrorLabel | None = None) -> list[FieldError]:
        """Show each error next to its field; return those no field here owns."""
        self.clear()
        unplaced = []
        for error in errors:
            if error.field in self._errors:
                label = self._errors[error.field]
                label.show_message("\n".join(filter(None, [label.text() if not label.isHidden() else "", error.message])))
            else:
                unplaced.append(error)
        if fallback is not None:
            fallback.show_message("\n".join(e.message for e in unplaced))
        first = next((e.field for e in errors if e.field in self._widgets), None)
        if first:
            self._widgets[first].setFocus()
        return unplaced


def password_field(object_name: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    if object_name:
        field.setObjectName(object_name)
    return field


def dialog_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named ``ok_text``) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_reload_button(buttons: QDialogButtonBox, text: str, tip: str, reload: Callable[[], None]) -> QPushButton:
    """A button that shows the record as it is saved now, hidden until a save is refused because someone else
    saved the record meanwhile (core.errors.EditConflict)."""
    button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ResetRole)
    button.setToolTip(tip)
    button.clicked.connect(reload)
    button.hide()
    return button


def show_errors(dialog: QDialog, form: FieldForm, errors: list[FieldError], general: ErrorLabel) -> None:
    """Each error under its field, then the dialog grown so that the wrapped messages fit."""
    form.show(errors, fallback=general)
    grow_to_fit(dialog)


def show_refusal(dialog: QDialog, form: FieldForm, exc: UserError, general: ErrorLabel,
                 clear_fields: bool = True) -> None:
    """A refused save: field errors under their fields, any other reason under the form
    (with the field errors shown before cleared unless ``clear_fields`` is False)."""
    if isinstance(exc, ValidationError):
        show_errors(dialog, form, exc.errors, general)
        return
    if clear_fields:
        form.clear()
    general.show_message(str(exc))
    grow_to_fit(dialog)


def grow_to_fit(dialog: QDialog) -> None:
    layout = dialog.layout()
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
