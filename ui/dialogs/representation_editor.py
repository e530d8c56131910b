"""Adding, changing and ending a representation: who may act for an organisation, how and until when."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import EditConflict, UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.users import Representation, RepresentationKind, Rights, User
from ui.dialogs.dates import date_edit, from_qdate, to_qdate
from ui.dialogs.form import (
    ErrorLabel,
    FieldForm,
    add_reload_button,
    dialog_buttons,
    show_refusal,
)

if TYPE_CHECKING:
    from core.context import UserContext

TWO_LEVELS = QT_TRANSLATE_NOOP("RepresentationEditor",
                               "Through an agency, the rights that count are the lesser of the two links.")
KIND_TEXTS = {
    RepresentationKind.OWNER: QT_TRANSLATE_NOOP("RepresentationEditor", "owner (statutory body)"),
    RepresentationKind.EMPLOYEE: QT_TRANSLATE_NOOP("RepresentationEditor", "employee"),
    RepresentationKind.PROXY: QT_TRANSLATE_NOOP("RepresentationEditor", "proxy (power of attorney)"),
}
KIND_NAMES = {  # in the sentence that ends a representation
    RepresentationKind.OWNER: QT_TRANSLATE_NOOP("RepresentationEditor", "owner"),
    RepresentationKind.EMPLOYEE: QT_TRANSLATE_NOOP("RepresentationEditor", "employee"),
    RepresentationKind.PROXY: QT_TRANSLATE_NOOP("RepresentationEditor", "proxy"),
}
RIGHTS_TEXTS = {Rights.BASIC: QT_TRANSLATE_NOOP("RepresentationEditor", "basic"),
                Rights.EXTENDED: QT_TRANSLATE_NOOP("RepresentationEditor", "extended")}


def user_choice(user: User) -> str:
    if user.active:
        return user.label
    return translate("RepresentationEditor", "{user} — deactivated").format(user=user.label)


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side at their natural width."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return row


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _reload_button(buttons: QDialogButtonBox, reload: Callable[[], None]) -> QPushButton:
    return add_reload_button(buttons, translate("RepresentationEditor", "&Reload"),
                             translate("RepresentationEditor", "Show the representation as saved now"), reload)


class RepresentationEditor(QDialog):
    """An organisation is represented by a person (a user) or by an agency (another organisation)."""

    def __init__(self, context: UserContext, rep: Representation | None = None, parent=None,
                 org_id: int | None = None, user_id: int | None = None):
        super().__init__(parent)
        self._context = context
        self._original = rep
        self.saved: Representation | None = None
        self.setObjectName("RepresentationEditor")
        self.setWindowTitle(translate("RepresentationEditor", "Edit representation") if rep
                            else translate("RepresentationEditor", "New representation"))
        organisations = [(name, org_id) for org_id, name in context.organisations.all_names()]
        self.organisation = _combo(organisations)
        self.user = _combo([(user_choice(u), u.id) for u in context.users.list()])
        self.agency = _combo(organisations)
        self.form = FieldForm(QFormLayout())
        self._build_form()
        self.general_error = ErrorLabel()
        explanation = QLabel(translate("RepresentationEditor", TWO_LEVELS))
        explanation.setObjectName("two_levels")
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(explanation)
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, translate("RepresentationEditor", "Save"))
        self.reload_button = _reload_button(buttons, self.reload)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._fill(rep or Representation(org_id=org_id or 0, rights=Rights.BASIC, user_id=user_id))

    def _build_form(self) -> None:
        self.kind = _combo([(translate("RepresentationEditor", text), kind.value) for kind, text in KIND_TEXTS.items()])
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(translate("RepresentationEditor",
                                                "e.g. employment contract, power of attorney PA-2025/017"))
        self.rights = _combo([(translate("RepresentationEditor", text), rights.label)
                              for rights, text in RIGHTS_TEXTS.items()])
        self.valid_from, self.valid_to = date_edit(), date_edit()
        self.open_ended = QCheckBox(translate("RepresentationEditor", "open-ended"))
        self.open_ended.toggled.connect(lambda checked: self.valid_to.setEnabled(not checked))
        self.form.add("org_id", translate("RepresentationEditor", "&Organisation:"), self.organisation)
        self.form.add("representative", translate("RepresentationEditor", "Represented by:"),
                      self._representative_row(), also=("user_id", "agency_id"))
        self.form.add("kind", translate("RepresentationEditor", "&Kind:"), self.kind)
        self.form.add("basis", translate("RepresentationEditor", "&Basis:"), self.basis,
                      translate("RepresentationEditor", "The contract or power of attorney; required for a proxy."))
        self.form.add("rights", translate("RepresentationEditor", "&Rights:"), self.rights)
        self.form.add("valid_from", translate("RepresentationEditor", "Valid &from:"), _row(self.valid_from))
        self.form.add("valid_to", translate("RepresentationEditor", "Valid &to:"), _row(self.valid_to, self.open_ended),
                      translate("RepresentationEditor", "The last day in force."))

    def _representative_row(self) -> QWidget:
        self.by_person = QRadioButton(translate("RepresentationEditor", "a &person (user)"))
        self.by_agency = QRadioButton(translate("RepresentationEditor", "an &agency (organisation)"))
        group = QButtonGroup(self)
        for button in (self.by_person, self.by_agency):
            group.addButton(button)
        self.by_person.toggled.connect(self._representative_kind_changed)
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_person, 0, 0)
        grid.addWidget(self.user, 0, 1)
        grid.addWidget(self.by_agency, 1, 0)
        grid.addWidget(self.agency, 1, 1)
        grid.setColumnStretch(1, 1)
        return row

    def _representative_kind_changed(self) -> None:
        self.user.setEnabled(self.by_person.isChecked())
        self.agency.setEnabled(self.by_agency.isChecked())

    def _fill(self, rep: Representation) -> None:
        _select(self.organisation, rep.org_id)
        (self.by_agency if rep.agency_id is not None else self.by_person).setChecked(True)
        self._representative_kind_changed()
        _select(self.user, rep.user_id)
        _select(self.agency, rep.agency_id)
        _select(self.kind, rep.kind.value)
        self.basis.setText(rep.basis)
        _select(self.rights, rep.rights.label)
        self.valid_from.setDate(to_qdate(rep.valid_from))
        self.valid_to.setDate(to_qdate(rep.valid_to or rep.valid_from))
        self.open_ended.setChecked(rep.valid_to is None)
        self.valid_to.setEnabled(rep.valid_to is not None)

    def representation(self) -> Representation:
        base = self._original or Representation(org_id=0, rights=Rights.BASIC)
        by_person = self.by_person.isChecked()
        return replace(
            base, org_id=self.organisation.currentData(), rights=Rights.from_name(self.rights.currentData()),
            kind=RepresentationKind(self.kind.currentData()), basis=self.basis.text().strip(),
            user_id=self.user.currentData() if by_person else None,
            agency_id=None if by_person else self.agency.currentData(),
            valid_from=from_qdate(self.valid_from.date()),
            valid_to=None if self.open_ended.isChecked() else from_qdate(self.valid_to.date()),
        )

    def accept(self) -> None:
        try:
            self.saved = self._context.representations.save(self.representation())
        except EditConflict as exc:
            show_refusal(self, self.form, exc, self.general_error)
            self.reload_button.show()
            return
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error)
            return
        super().accept()

    def reload(self) -> None:
        """Someone else saved the representation meanwhile: show it as saved now (this dialog's changes are
        dropped)."""
        self._original = self._context.representations.get(self._original.id)
        self._fill(self._original)
        self.general_error.show_message("")
        self.reload_button.hide()


class EndRepresentationDialog(QDialog):
    """Ending a representation sets its last day in force; the record stays for the history."""

    def __init__(self, context: UserContext, rep: Representation, parent=None, today: date | None = None):
        super().__init__(parent)
        self._context = context
        self._rep = rep
        self.saved: Representation | None = None
        today = today or date.today()
        self.setObjectName("EndRepresentationDialog")
        self.setWindowTitle(translate("RepresentationEditor", "End representation"))
        self.last_day = date_edit(max(today, rep.valid_from))
        self.last_day.setMinimumDate(to_qdate(rep.valid_from))
        self.form = FieldForm(QFormLayout())
        self.form.add("valid_to", translate("RepresentationEditor", "&Last day in force:"), self.last_day,
                      translate("RepresentationEditor", "It stays in force until the end of that day; choose "
                                "{yesterday} (yesterday) to end it at once.").format(
                          yesterday=today - timedelta(days=1)))
        self.general_error = ErrorLabel()
        self.what = QLabel(_ending(rep))
        self.what.setWordWrap(True)
        buttons = dialog_buttons(self, translate("RepresentationEditor", "End representation"))
        self.reload_button = _reload_button(buttons, self.reload)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        try:
            self.saved = self._context.representations.end(self._rep.id, from_qdate(self.last_day.date()),
                                                           version=self._rep.version)
        except EditConflict as exc:
            show_refusal(self, self.form, exc, self.general_error)
            self.reload_button.show()
            return
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error, clear_fields=False)
            return
        super().accept()

    def reload(self) -> None:
        """Someone else saved the representation meanwhile: show it as saved now, to end it again."""
        self._rep = self._context.representations.get(self._rep.id)
        self.what.setText(_ending(self._rep))
        self.last_day.setMinimumDate(to_qdate(self._rep.valid_from))
        self.general_error.show_message("")
        self.reload_button.hide()


def _ending(rep: Representation) -> str:
    """The sentence saying which representation the dialog ends."""
    return translate("RepresentationEditor", "End the representation of <b>{organisation}</b> by "
                     "<b>{representative}</b> ({kind}, {rights} rights, since {since}).").format(
        organisation=escape(rep.org_name), representative=escape(rep.representative),
        kind=translate("RepresentationEditor", KIND_NAMES[rep.kind]),
        rights=translate("RepresentationEditor", RIGHTS_TEXTS[rep.rights]), since=rep.valid_from)
