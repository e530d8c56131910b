"""Organisation editor (spec 01 §1.2)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.errors import EditConflict, NotPermitted, ValidationError
from core.i18n import translate
from core.organisations import Organisation
from ui.dialogs.form import ErrorLabel, FieldForm

if TYPE_CHECKING:
    from core.context import UserContext


class OrganisationEditor(QDialog):
    def __init__(self, context: UserContext, org: Organisation | None = None, parent=None):
        super().__init__(parent)
        self._context = context
        self._original = org
        self.saved: Organisation | None = None
        self.changes = Changes()
        self.setWindowTitle(translate("OrganisationEditor", "Edit organisation") if org
                            else translate("OrganisationEditor", "New organisation"))
        self.setObjectName("OrganisationEditor")

        self.name = QLineEdit()
        self.eori = QLineEdit()
        self.eori.setPlaceholderText(translate("OrganisationEditor", "e.g. CZ25596641"))
        self.eori.setMaxLength(17)
        self.branch = QLineEdit("0000")
        self.branch.setMaxLength(4)
        self.street, self.postcode, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("CZ")
        self.contact, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.is_principal = QCheckBox(translate("OrganisationEditor", "Principal (holder of the transit procedure)"))
        self.is_representative = QCheckBox(translate("OrganisationEditor", "Representative (customs agency)"))

        self.form = FieldForm(QFormLayout())
        self.form.add("name", translate("OrganisationEditor", "&Name:"), self.name)
        self.form.add("eori", translate("OrganisationEditor", "&EORI / TIN:"), self.eori,
                      translate("OrganisationEditor", "Country prefix and up to 15 letters or digits"))
        self.form.add("branch", translate("OrganisationEditor", "&Branch:"), self.branch)
        self.form.add("street", translate("OrganisationEditor", "&Street:"), self.street)
        place = QWidget()
        row = QHBoxLayout(place)
        row.setContentsMargins(0, 0, 0, 0)
        self.postcode.setMaximumWidth(self.fontMetrics().horizontalAdvance("000 000") * 2)
        row.addWidget(self.postcode)
        row.addWidget(self.city, 1)
        self.form.add("city", translate("OrganisationEditor", "Postcode, &city:"), place)
        self.form.add("country", translate("OrganisationEditor", "Co&untry:"), self.country,
                      translate("OrganisationEditor", "ISO 3166 two-letter code"))
        self.form.add("contact", translate("OrganisationEditor", "C&ontact person:"), self.contact)
        self.form.add("email", translate("OrganisationEditor", "E-&mail:"), self.email)
        self.form.add("phone", translate("OrganisationEditor", "&Phone:"), self.phone)
        roles = QWidget()
        roles_row = QHBoxLayout(roles)
        roles_row.setContentsMargins(0, 0, 0, 0)
        roles_row.addWidget(self.is_principal)
        roles_row.addWidget(self.is_representative)
        self.form.add("roles", translate("OrganisationEditor", "Role:"), roles)
        self.form.add("note", translate("OrganisationEditor", "No&te:"), self.note)

        self.general_error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reload_button = buttons.addButton(translate("OrganisationEditor", "&Reload"),
                                               QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setToolTip(translate("OrganisationEditor", "Show the organisation as it is saved now"))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()  # offered when someone else saved the organisation meanwhile
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._fill(org or Organisation(name="", eori="", country=""))
        if org is not None and org.id is not None:
            self._read_only_unless_extended(org.id)

    def _read_only_unless_extended(self, org_id: int) -> None:
        reason = self._context.access.why_not_extended(
            org_id, translate("OrganisationEditor", "change the organisation", "a refused action: 'Only … may …'"))
        if reason is None:
            return
        self.general_error.show_message(reason)
        for child in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit) + self.findChildren(QCheckBox):
            child.setEnabled(False)
            child.setToolTip(reason)

    def _fill(self, org: Organisation) -> None:
        for name in ("name", "eori", "branch", "street", "postcode", "city", "country", "contact", "email", "phone"):
            getattr(self, name).setText(getattr(org, name))
        self.note.setPlainText(org.note)
        self.is_principal.setChecked(org.is_principal)
        self.is_representative.setChecked(org.is_representative)

    def organisation(self) -> Organisation:
        base = self._original or Organisation(name="", eori="", country="")
        return replace(
            base, name=self.name.text(), eori=self.eori.text(), branch=self.branch.text(),
            street=self.street.text().strip(), postcode=self.postcode.text().strip(), city=self.city.text().strip(),
            country=self.country.text(), contact=self.contact.text().strip(), email=self.email.text(),
            phone=self.phone.text().strip(), note=self.note.toPlainText(),
            is_principal=self.is_principal.isChecked(), is_representative=self.is_representative.isChecked(),
        )

    def accept(self) -> None:
        org = self.organisation()
        try:
            result = self._context.actions.save_organisation(org)
        except ValidationError as exc:
            self.form.show(exc.errors, fallback=self.general_error)
            return
        except NotPermitted as exc:
            self.general_error.show_message(str(exc))
            return
        except EditConflict as exc:
            self.general_error.show_message(str(exc))
            self.reload_button.show()
            return
        self.saved, self.changes = result.organisation, result.changes
        super().accept()

    def reload(self) -> None:
        """Someone else saved the organisation meanwhile: show it as saved now (this dialog's changes are dropped)."""
        self._original = self._context.organisations.get(self._original.id)
        self._fill(self._original)
        self.general_error.show_message("")
        self.reload_button.hide()
