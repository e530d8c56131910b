"""Guarantee editor (spec 01 §1.3–1.5): fields driven by the guarantee type, live GRN check,
office picker, amount with currency, and the current user's access codes."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.errors import EditConflict, FieldError, UserError, ValidationError
from core.guarantees import types
from core.guarantees.access_codes import AccessCodes, normalise_code, validate_codes
from core.guarantees.grn import check_grn
from core.guarantees.model import Guarantee, parse_amount
from core.i18n import translate
from core.refdata.catalogue import CURRENCIES, GUARANTEE_TYPES
from core.secrets import Secret
from ui.amounts import format_amount
from ui.dialogs.form import ErrorLabel, FieldForm
from ui.dialogs.office_picker import OfficePicker
from ui.theme import text_style

if TYPE_CHECKING:
    from core.context import UserContext

CODE_REGEX = QRegularExpression("[A-Za-z0-9]{0,4}")
OK_COLOUR = "#1e8449"
WARN_COLOUR = "#c0392b"
MASK = "\u2022" * 4


class CodeListModel(QAbstractListModel):
    """The user's secondary access codes, masked unless shown."""

    def __init__(self, codes: list[str], parent=None):
        super().__init__(parent)
        self.codes = list(codes)
        self.masked = True

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.codes)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code = self.codes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = MASK if self.masked and code else code or translate("GuaranteeEditor", "(empty: type the code)")
            if index.row() == 0:
                return translate("GuaranteeEditor", "{number}.  {code}   — used in declarations and queries").format(
                    number=1, code=label)
            return f"{index.row() + 1}.  {label}"
        if role == Qt.ItemDataRole.EditRole:
            return code
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.codes[index.row()] = str(value).strip().upper()
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def set_masked(self, masked: bool) -> None:
        self.masked = masked
        if self.codes:
            self.dataChanged.emit(self.index(0), self.index(len(self.codes) - 1))

    def insert_code(self) -> int:
        row = len(self.codes)
        self.beginInsertRows(QModelIndex(), row, row)
        self.codes.append("")
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.codes[row]
        self.endRemoveRows()

    def move_up(self, row: int) -> None:
        if row <= 0:
            return
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), row - 1)
        self.codes[row - 1], self.codes[row] = self.codes[row], self.codes[row - 1]
        self.endMoveRows()


class CodeDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        """A code typed in the list is masked like the listed ones, unless Show codes is on."""
        editor = QLineEdit(parent)
        editor.setObjectName("spk_editor")
        editor.setMaxLength(4)
        editor.setValidator(QRegularExpressionValidator(CODE_REGEX, editor))
        masked = getattr(index.model(), "masked", True)
        editor.setEchoMode(QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal)
        return editor

    def setEditorData(self, editor, index) -> None:
        """The list is drawn again (Show codes ticked, say) while a code is typed: what was typed stays."""
        if isinstance(editor, QLineEdit) and editor.isModified():
            return
        super().setEditorData(editor, index)


def code_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(4)
    edit.setValidator(QRegularExpressionValidator(CODE_REGEX, edit))
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("WWWWWW") + 24)
    return edit


class GuaranteeEditor(QDialog):
    def __init__(self, context: UserContext, guarantee: Guarantee, parent=None):
        super().__init__(parent)
        self._context = context
        self._original = guarantee
        self.saved: Guarantee | None = None
        self.changes = Changes()
        self._pac_holder: str | None = None  # who stores the PAC; filled from the record
        self.setObjectName("GuaranteeEditor")
        if guarantee.id:
            self.setWindowTitle(translate("GuaranteeEditor", "Guarantee {reference}").format(
                reference=guarantee.reference))
        else:
            self.setWindowTitle(translate("GuaranteeEditor", "New guarantee"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_guarantee_tab(), translate("GuaranteeEditor", "&Guarantee"))
        self.tabs.addTab(self._build_codes_tab(), translate("GuaranteeEditor", "&Access codes"))
        self.tabs.addTab(self._build_answers_tab(), translate("GuaranteeEditor", "From &customs"))
        self.general_error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reload_button = buttons.addButton(translate("GuaranteeEditor", "&Reload"),
                                               QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setToolTip(translate("GuaranteeEditor", "Show the guarantee as it is saved now"))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()  # offered when someone else saved the guarantee meanwhile
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        self._fill(guarantee)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.grn.textChanged.connect(self._check_grn)
        self.office.textChanged.connect(self._show_office_name)
        self._type_changed()
        self._apply_rights()

    def _apply_rights(self) -> None:
        """Without extended rights the guarantee is read-only; the user's own codes stay editable."""
        self.read_only_reason = self._context.access.why_not_extended(
            self._original.org_id,
            translate("GuaranteeEditor", "change this guarantee", "a refused action: 'Only … may …'"))
        if self.read_only_reason is None:
            return
        self.rights_note.setText(translate("GuaranteeEditor", "{reason} You can still keep your own access codes "
                                           "here.").format(reason=self.read_only_reason))
        self.rights_note.show()
        for widget in (self.type, self.grn, self.grn_override, self.other_ref, self.office, self.office_button,
                       self.amount, self.currency, self.params, self.description):
            widget.setEnabled(False)
            widget.setToolTip(self.read_only_reason)

    # --- building ------------------------------------------------------------------------------
    def _build_guarantee_tab(self) -> QWidget:
        page = QWidget()
        self.user = QLineEdit()
        self.user.setReadOnly(True)
        self.type = QComboBox()
        for code in self._context.catalogue.codes(GUARANTEE_TYPES):
            self.type.addItem(f"{code.code} — {code.description}", code.code)
        self.grn = QLineEdit()
        self.grn.setMaxLength(30)
        self.grn.setPlaceholderText(translate("GuaranteeEditor", "e.g. 25CZ5201010000111"))
        self.grn_status = QLabel()
        self.grn_status.setObjectName("grn_status")
        self.grn_status.setWordWrap(True)
        self.grn_status.setStyleSheet(text_style(OK_COLOUR))
        self.grn_override = QCheckBox(translate("GuaranteeEditor", "Save despite the check digit (training GRN only)"))
        self.grn_override.setObjectName("grn_override")
        grn_box = _column(self.grn, self.grn_status, self.grn_override)
        self.other_ref = QLineEdit()
        self.other_ref.setMaxLength(35)
        self.other_ref_rule = QLabel()
        self.other_ref_rule.setEnabled(False)
        self.office = QLineEdit()
        self.office.setMaxLength(8)
        self.office.setPlaceholderText(translate("GuaranteeEditor", "e.g. CZ520101"))
        self.office_button = QToolButton(text="…")
        self.office_button.setToolTip(translate("GuaranteeEditor",
                                                "Choose the customs office of guarantee from the list"))
        self.office_button.clicked.connect(self.pick_office)
        self.office_name = QLabel()
        self.office_name.setEnabled(False)
        office_box = _column(_row(self.office, self.office_button), self.office_name)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("GuaranteeEditor", "optional, e.g. {amount}").format(
            amount=format_amount(150000)))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QComboBox()
        self.currency.addItem("", "")
        for code in self._context.catalogue.codes(CURRENCIES):
            self.currency.addItem(f"{code.code} — {code.description}", code.code)
        self.params = QComboBox()
        self.params.addItem(translate("GuaranteeEditor", "(none)", "no communication parameters"), None)
        for p in self._context.params.list():
            self.params.addItem(p.label, p.id)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.rights_note = QLabel()
        self.rights_note.setObjectName("rights_note")
        self.rights_note.setWordWrap(True)
        self.rights_note.setStyleSheet(text_style(WARN_COLOUR))
        self.rights_note.hide()
        self.form = FieldForm(QFormLayout(page))
        self.form.layout.addRow(self.rights_note)
        self.form.add("org_id", translate("GuaranteeEditor", "Guarantee &user:"), self.user)
        self.form.add("type", translate("GuaranteeEditor", "&Type:"), self.type)
        self.form.add("grn", translate("GuaranteeEditor", "G&RN:"), grn_box)
        self.form.add("other_ref", translate("GuaranteeEditor", "&Other reference:"),
                      _column(self.other_ref, self.other_ref_rule))
        self.form.add("office", translate("GuaranteeEditor", "Customs o&ffice:"), office_box)
        self.form.add("amount", translate("GuaranteeEditor", "A&mount:"), _row(self.amount, self.currency),
                      also=("currency",))
        self.form.add("params_id", translate("GuaranteeEditor", "Communication &parameters:"), self.params)
        self.form.add("description", translate("GuaranteeEditor", "&Description:"), self.description)
        return page

    def _build_codes_tab(self) -> QWidget:
        page = QWidget()
        self.codes_intro = QLabel()
        self.codes_intro.setWordWrap(True)
        self.pac = code_field()
        self.pac.setObjectName("pac")
        self.new_pac = code_field()
        self.new_pac.setObjectName("new_pac")
        self.show_codes = QCheckBox(translate("GuaranteeEditor", "Show codes"))
        self.show_codes.toggled.connect(self._show_codes)
        self.delete_pac_button = QPushButton(translate("GuaranteeEditor", "Delete PAC"))
        self.delete_pac_button.setToolTip(translate("GuaranteeEditor", "Remove the primary access code from this "
                                                    "record (recommended after registration)"))
        self.delete_pac_button.clicked.connect(self.delete_pac)
        self.pac_note = QLabel()
        self.pac_note.setWordWrap(True)
        self.pac_note.setEnabled(False)
        pac_row = _row(self.pac, QLabel(translate("GuaranteeEditor", "new:", "the new primary access code")),
                       self.new_pac, self.delete_pac_button, stretch=-1)
        pac_row.layout().addStretch(1)

        self.spk_model = CodeListModel([], self)
        self.spk_view = QListView()
        self.spk_view.setObjectName("spk_list")
        self.spk_view.setModel(self.spk_model)
        self.spk_view.setItemDelegate(CodeDelegate(self.spk_view))
        self.spk_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed
                                      | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.spk_add = QPushButton(translate("GuaranteeEditor", "Add", "add a secondary access code"))
        self.spk_add.clicked.connect(self.add_spk)
        self.spk_remove = QPushButton(translate("GuaranteeEditor", "Remove", "remove a secondary access code"))
        self.spk_remove.clicked.connect(self._remove_spk)
        self.spk_up = QPushButton(translate("GuaranteeEditor", "Move up"))
        self.spk_up.setToolTip(translate("GuaranteeEditor",
                                         "The first code is the one used in declarations and queries"))
        self.spk_up.clicked.connect(self._move_spk_up)
        spk_buttons = _column(self.spk_add, self.spk_remove, self.spk_up)
        spk_buttons.layout().addStretch(1)
        self.spk_note = QLabel()
        self.spk_note.setWordWrap(True)
        self.spk_note.setEnabled(False)

        layout = QVBoxLayout(page)
        layout.addWidget(self.codes_intro)
        self.codes_form = FieldForm(QFormLayout())
        self.codes_form.add("pac", translate("GuaranteeEditor", "&Primary access code:"),
                            _column(pac_row, self.pac_note), also=("new_pac",))
        self.codes_form.add("spk", translate("GuaranteeEditor", "&Secondary codes:"),
                            _column(_row(self.spk_view, spk_buttons), self.spk_note))
        layout.addLayout(self.codes_form.layout)
        layout.addWidget(self.show_codes)
        return page

    def _build_answers_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.answer_labels: dict[str, QLabel] = {}
        for field, label in (
            ("codes_registered_at", translate("GuaranteeEditor", "Access codes registered:")),
            ("reference_amount", translate("GuaranteeEditor", "Reference amount:")),
            ("exposure", translate("GuaranteeEditor", "Amount in use:")),
            ("balance", translate("GuaranteeEditor", "Remaining balance:")),
            ("usage_count", translate("GuaranteeEditor", "Number of uses:")),
            ("valid_from", translate("GuaranteeEditor", "Valid from:")),
            ("valid_to", translate("GuaranteeEditor", "Valid to:")),
            ("restrictions", translate("GuaranteeEditor", "Restrictions:")),
            ("answered_at", translate("GuaranteeEditor", "Last answer:")),
            ("last_error_code", translate("GuaranteeEditor", "Last error:")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.answer_labels[field] = value
            form.addRow(label, value)
        note = QLabel(translate("GuaranteeEditor", "These fields are filled from customs answers to registrations "
                                "and guarantee queries."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        return page

    # --- filling ---------------------------------------------------------------------------
    def _fill(self, g: Guarantee) -> None:
        org = self._context.organisations.get(g.org_id)
        self.user.setText(org.label)
        self.type.setCurrentIndex(max(0, self.type.findData(g.type)))
        self.grn.setText(g.grn)
        self.grn_override.setChecked(g.grn_override)
        self.other_ref.setText(g.other_ref)
        self.office.setText(g.office)
        self._show_office_name()
        self._amount_shown = format_amount(g.amount)  # kept as it is unless the clerk types another
        self.amount.setText(self._amount_shown)
        self.currency.setCurrentIndex(max(0, self.currency.findData(g.currency)))
        self.params.setCurrentIndex(max(0, self.params.findData(g.params_id)))
        self.description.setPlainText(g.description)
        codes = self._context.access_codes.codes_for(g.id) if g.id else AccessCodes()
        self._pac_holder = codes.pac_holder
        self.pac.setText(codes.pac.reveal() if codes.pac else "")
        self.new_pac.setText(codes.new_pac.reveal() if codes.new_pac else "")
        self.spk_model.codes = [s.reveal() for s in codes.spks]
        self.spk_model.layoutChanged.emit()
        for field, label in self.answer_labels.items():
            label.setText(self._answer_text(g, field))
        if g.last_error_code:
            self.answer_labels["last_error_code"].setStyleSheet(text_style(WARN_COLOUR))

    @staticmethod
    def _answer_text(g: Guarantee, field: str) -> str:
        value = getattr(g, field)
        if field == "last_error_code":
            if not g.last_error_code:
                return translate("GuaranteeEditor", "none", "no last error")
            return f"{g.last_error_code} — {g.last_error_text or ''}"
        if field in ("reference_amount", "exposure", "balance") and value is not None:
            return format_amount(value, g.currency_answer)
        if field == "balance" and types.why_no_balance(g.type):
            return translate("GuaranteeEditor", "cannot be asked: {reason}").format(reason=types.why_no_balance(g.type))
        return "—" if value in (None, "") else str(value).replace("T", " ")

    # --- reacting to the type and the GRN --------------------------------------------------------
    @property
    def guarantee_type(self) -> str:
        return self.type.currentData() or ""

    def _type_changed(self) -> None:
        gtype = self.guarantee_type
        needs_grn = types.needs_grn(gtype)
        self.grn.setEnabled(needs_grn)
        self.grn.setToolTip("" if needs_grn
                            else translate("GuaranteeEditor", "Guarantee type {type} has no GRN").format(type=gtype))
        rule = types.other_reference_rule(gtype)
        self.other_ref.setEnabled(rule != "not allowed")
        self.other_ref_rule.setText({
            "required": translate("GuaranteeEditor", "Required for this type (EU condition C0130)"),
            "optional": translate("GuaranteeEditor", "Optional for this type"),
            "not allowed": translate("GuaranteeEditor", "Not used for this type"),
        }[rule])
        has_codes = types.max_spks(gtype) > 0
        self.tabs.setTabEnabled(1, has_codes)
        self.tabs.setTabToolTip(1, "" if has_codes else translate(
            "GuaranteeEditor", "Guarantee type {type} has no access codes").format(type=gtype))
        self._update_codes_tab()
        self._check_grn()

    def _check_grn(self) -> None:
        """Check the GRN as it is typed: a green tick, or the errors under the field."""
        text = self.grn.text()
        errors = self.form.error_label("grn")
        self.grn_status.clear()
        errors.show_message("")
        self.grn_override.hide()
        if not self.grn.isEnabled() or not text.strip():
            return
        check = check_grn(text, self.guarantee_type)
        if check.valid:
            self.grn_status.setText(translate("GuaranteeEditor", "✓ {grn}: format and check digit correct").format(
                grn=check.grn))
            self.grn_override.setChecked(False)
        else:
            errors.show_message("\n".join(check.errors))
            self.grn_override.setVisible(check.only_check_digit_wrong)
        self._fit()

    def _update_codes_tab(self) -> None:
        gtype = self.guarantee_type
        user = self._context.user
        with_pac = types.has_pac(gtype)
        not_officer = self._context.access.why_not_officer(
            self._original.org_id,
            translate("GuaranteeEditor", "hold or change the primary access code", "a refused action: 'Only … may …'"))
        holder = self._pac_holder
        for widget in (self.pac, self.new_pac):
            widget.setEnabled(with_pac and not_officer is None)
            widget.setToolTip(not_officer or "")
        self.delete_pac_button.setEnabled(with_pac and bool(holder) and (holder == user or not_officer is None))
        if not with_pac:
            self.pac_note.setText(translate("GuaranteeEditor", "Type {type} has no primary access code.").format(
                type=gtype))
        elif holder and holder != user:
            self.pac_note.setText(translate("GuaranteeEditor", "A primary access code is stored, held by {holder}; it "
                                            "is not shown to you.").format(holder=holder))
        elif not_officer:
            self.pac_note.setText(translate("GuaranteeEditor", "No primary access code is stored. {reason}").format(
                reason=not_officer))
        elif holder:
            self.pac_note.setText(translate("GuaranteeEditor", "A primary access code is stored (you hold it). It is "
                                            "needed only to register secondary codes or to change it: delete it "
                                            "after a successful registration."))
        else:
            self.pac_note.setText(translate("GuaranteeEditor", "No primary access code is stored. It is needed only "
                                            "to register secondary codes or to change it; delete it after a "
                                            "successful registration."))
        if gtype in types.GUARANTOR_SPK_TYPES:
            self.codes_intro.setText(translate("GuaranteeEditor", "Your secondary access code ({user}). Type {type}: "
                                               "the guarantor gives you one code; enter it in the first row. It is "
                                               "never registered electronically.").format(user=user, type=gtype))
            self.spk_note.setText(translate("GuaranteeEditor", "One code only."))
        else:
            self.codes_intro.setText(translate("GuaranteeEditor", "Your own secondary access codes ({user}). Other "
                                               "users' codes are never shown. If you keep several, the first one is "
                                               "used in declarations and queries.").format(user=user))
            self.spk_note.setText(translate("GuaranteeEditor", "Registering replaces all codes registered before for "
                                            "this guarantee."))
        self.spk_add.setEnabled(len(self.spk_model.codes) < types.max_spks(gtype))

    def _show_office_name(self) -> None:
        code = self.office.text().strip().upper()
        office = self._context.catalogue.office(code) if len(code) == 8 else None
        self.office_name.setText(office.name if office else "")

    def _show_codes(self, shown: bool) -> None:
        if shown and self._original.id:  # looking at the PAC in clear text is recorded in the audit log
            for kind, edit in (("pac", self.pac), ("new_pac", self.new_pac)):
                if edit.text().strip() and self._pac_holder == self._context.user:
                    self._context.access_codes.record_reveal(self._original.id, kind)
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.pac.setEchoMode(mode)
        self.new_pac.setEchoMode(mode)
        self.spk_model.set_masked(not shown)
        for editor in self.spk_view.findChildren(QLineEdit, "spk_editor"):  # a code being typed
            editor.setEchoMode(mode)

    # --- user commands -----------------------------------------------------------------------
    def pick_office(self) -> None:
        picker = OfficePicker(self._context.catalogue, self.office.text(), parent=self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.selected:
            self.office.setText(picker.selected.id)

    def add_spk(self) -> None:
        row = self.spk_model.insert_code()
        index = self.spk_model.index(row)
        self.spk_view.setCurrentIndex(index)
        self.spk_view.edit(index)
        self._update_codes_tab()

    def _remove_spk(self) -> None:
        index = self.spk_view.currentIndex()
        if index.isValid():
            self.spk_model.remove(index.row())
            self._update_codes_tab()

    def _move_spk_up(self) -> None:
        index = self.spk_view.currentIndex()
        if index.isValid():
            self.spk_model.move_up(index.row())

    def delete_pac(self) -> None:
        if self._original.id and self._pac_holder:
            answer = QMessageBox.question(
                self, translate("GuaranteeEditor", "Delete primary access code"),
                translate("GuaranteeEditor", "Delete the primary access code from this record now?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._context.access_codes.delete_pac(self._original.id)
            self._pac_holder = None
        self.pac.clear()
        self.new_pac.clear()
        self._update_codes_tab()

    # --- saving ------------------------------------------------------------------------------
    def guarantee(self) -> tuple[Guarantee, list[FieldError]]:
        errors = []
        amount = None
        if self.amount.text() == self._amount_shown:
            amount = self._original.amount
        elif self.amount.text().strip():
            try:
                amount = parse_amount(self.amount.text())
            except ValueError as exc:
                errors.append(FieldError("amount", str(exc)))
        g = replace(
            self._original, type=self.guarantee_type, grn=self.grn.text() if self.grn.isEnabled() else "",
            grn_override=not self.grn_override.isHidden() and self.grn_override.isChecked(),
            other_ref=self.other_ref.text() if self.other_ref.isEnabled() else "", office=self.office.text(),
            amount=amount, currency=self.currency.currentData() or "", params_id=self.params.currentData(),
            description=self.description.toPlainText(),
        )
        return g, errors

    def access_codes(self) -> AccessCodes:
        def secret(edit: QLineEdit) -> Secret | None:
            return Secret(normalise_code(edit.text())) if edit.isEnabled() and edit.text().strip() else None

        return AccessCodes(pac=secret(self.pac), new_pac=secret(self.new_pac),
                           spks=[Secret(normalise_code(c)) for c in self.spk_model.codes if c.strip()])

    def accept(self) -> None:
        g, errors = self.guarantee()
        codes = self.access_codes()
        errors += self._context.guarantees.validate(g)
        code_errors = validate_codes(g.type, codes) if types.max_spks(g.type) else []
        if errors or code_errors:
            self._show_errors(errors, code_errors)
            return
        try:
            result = self._context.actions.save_with_codes(g, codes, codes_only=self.read_only_reason is not None)
            self.saved, self.changes = result.guarantee, result.changes
        except ValidationError as exc:
            self._show_errors(exc.errors, [])
            self.saved = None
            return
        except EditConflict as exc:
            self.general_error.show_message(str(exc))
            self.reload_button.show()
            self.saved = None
            return
        except UserError as exc:  # not permitted, or a code that no longer opens
            self.general_error.show_message(str(exc))
            self.saved = None
            return
        super().accept()

    def reload(self) -> None:
        """Someone else saved the guarantee meanwhile: show it as saved now (this dialog's changes are dropped)."""
        self._original = self._context.guarantees.get(self._original.id)
        self._fill(self._original)
        self.general_error.show_message("")
        self.reload_button.hide()

    def _show_errors(self, errors: list[FieldError], code_errors: list[FieldError]) -> None:
        unplaced = self.form.show(errors)
        unplaced += self.codes_form.show(code_errors)
        self.general_error.show_message("\n".join(f"{e.field}: {e.message}" for e in unplaced))
        self.tabs.setCurrentIndex(0 if errors else 1)
        self._fit()

    def _fit(self) -> None:
        """Grow the dialog when messages appear, so no field is squeezed."""
        self.layout().activate()
        self.resize(self.size().expandedTo(self.sizeHint()))


def _row(*widgets: QWidget, stretch: int = 0) -> QWidget:
    """Widgets side by side; the one at index ``stretch`` takes the spare width."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == stretch else 0)
    return box


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return box
