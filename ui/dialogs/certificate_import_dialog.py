"""Importing a participant certificate (PKCS#12/PFX, PEM or DER), checking any certificate file without
importing it, and importing an administration's customs encryption certificate.

A password is asked only when the file needs one; it opens the file once and is cleared from the field
straight away, it is never stored.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.communication import ADMINISTRATIONS, ENVIRONMENTS
from core.errors import FieldError, UserError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.organisations.model import normalise_eori
from core.transport.certificate_files import CertificateFile, read_certificate_file
from core.transport.certificates import ImportResult, StoredCertificate
from core.transport.cms import subject_of
from core.transport.qualified import inspect_certificate
from ui.certificate_checks import CheckLines, in_scroll_area
from ui.dialogs.dates import optional_date, optional_date_edit
from ui.dialogs.form import (
    ErrorLabel,
    FieldForm,
    dialog_buttons,
    grow_to_fit,
    password_field,
)
from ui.file_dialogs import open_file_name
from ui.geometry import fit_to_screen
from ui.models.certificates import day, known_eoris, short_subject
from ui.theme import text_style

if TYPE_CHECKING:
    from core.context import UserContext

TEST_NOTE = QT_TRANSLATE_NOOP("CertificateImportDialog",
                              "Test certificate — accepted for the training environment only")
NOTE_STYLE = "QLabel { background: #ffe7a3; color: #4a3500; border: 1px solid #d4a017; border-radius: 3px; padding: 4px; }"
REFUSED_STYLE = "QLabel { background: #f9d6d2; color: #6e1710; border: 1px solid #c0392b; border-radius: 3px; padding: 4px; }"
PASSWORD_NOTE = QT_TRANSLATE_NOOP("CertificateImportDialog",
                                  "Opens the file once; it is never stored. The private key is kept encrypted.")
NO_FILE = QT_TRANSLATE_NOOP("CertificateImportDialog", "Choose the certificate file first (Choose…).")
HINT_COLOUR = "#505050"


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side, the first taking the room left."""
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        line.addWidget(widget, 1 if number == 0 else 0)
    return box


def certificate_files() -> str:
    """The file dialog's filter for a participant certificate."""
    return (translate("CertificateImportDialog", "Certificate files") + " (*.p12 *.pfx *.pem *.crt *.cer *.der);;"
            + translate("CertificateImportDialog", "All files") + " (*)")


def customs_files() -> str:
    """The file dialog's filter for a customs certificate."""
    return (translate("CertificateImportDialog", "Certificates") + " (*.pem *.crt *.cer *.der);;"
            + translate("CertificateImportDialog", "All files") + " (*)")


def _no_default_button(buttons: QDialogButtonBox) -> None:
    """Enter in the path or password field reads the file; it must not import it unseen."""
    for button in buttons.buttons():
        button.setAutoDefault(False)
        button.setDefault(False)


def _compact(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def guess_eori(certificate: x509.Certificate, eoris: list[str]) -> str | None:
    """The known EORI named in the subject (serialNumber, organizationIdentifier such as VATCZ-25596641)."""
    values = [_compact(str(attribute.value)) for attribute in certificate.subject]
    found = [eori for eori in eoris if any(_compact(eori) in value for value in values)]
    return found[0] if len(found) == 1 else None


class CertificateFileDialog(QDialog):
    """Choose a certificate file and see its checks; subclasses decide what happens with it."""

    def __init__(self, context: UserContext, title: str, parent=None):
        super().__init__(parent)
        self.context = context
        self.read: CertificateFile | None = None
        self.setWindowTitle(title)
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(translate("CertificateImportDialog", "PKCS#12/PFX, PEM or DER file"))
        self.path.returnPressed.connect(lambda: self.load_file(Path(self.path.text().strip())))
        self.choose_button = QPushButton(translate("CertificateImportDialog", "&Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.password = password_field("password")
        self.password.returnPressed.connect(self.open_with_password)
        self.open_button = QPushButton(translate("CertificateImportDialog", "&Open", "verb: open the file"))
        self.open_button.setToolTip(translate("CertificateImportDialog", "Open the file with this password"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_with_password)
        self.checks = CheckLines()
        self.form = FieldForm(QFormLayout())
        self.form.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.add("file", translate("CertificateImportDialog", "&File:"), _row(self.path, self.choose_button),
                      also=("private_key",))
        self.form.add("password", translate("CertificateImportDialog", "&Password:"),
                      _row(self.password, self.open_button), translate("CertificateImportDialog", PASSWORD_NOTE))
        self.general = ErrorLabel()
        self.general.setObjectName("general_error")
        self._set_password_row_visible(False)

    # --- reading the file ---------------------------------------------------------------------
    def choose_file(self) -> None:
        name = open_file_name(self, self.windowTitle(), certificate_files())
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        """Read the file; a password-protected one asks for its password first."""
        self.path.setText(str(path))
        self.read = None
        self.clear_errors()
        try:
            read = read_certificate_file(path, None)
        except ValidationError as exc:
            self._file_not_read(path, exc)
            return False
        self._set_password_row_visible(False)
        self._file_read(read)
        return True

    def open_with_password(self) -> bool:
        path = Path(self.path.text().strip())
        password = self.password.text()
        self.password.clear()
        self.clear_errors()
        if not password:
            self.form.show([FieldError("password", translate("CertificateImportDialog",
                                                             "Type the password of {file}, then Open.").format(
                file=path.name))])
            return False
        try:
            read = read_certificate_file(path, password)
        except ValidationError as exc:
            self.form.show(exc.errors, fallback=self.general)
            grow_to_fit(self)
            return False
        self.password.setPlaceholderText(translate("CertificateImportDialog", "opened — the password was not kept"))
        self._file_read(read)
        return True

    def _file_not_read(self, path: Path, exc: ValidationError) -> None:
        self._certificate_cleared()
        needs_password = any(e.field == "password" for e in exc.errors)
        self.checks.show_message(translate("CertificateImportDialog", "The checks appear once the file is open.")
                                 if needs_password else "")
        if needs_password:
            self._set_password_row_visible(True)
            self.password.setPlaceholderText("")
            self.form.error_label("password").show_message(
                translate("CertificateImportDialog", "{file} is protected by a password: type it and press "
                          "Open.").format(file=path.name))
            self.password.setFocus()
        else:
            self._set_password_row_visible(False)
            self.form.show(exc.errors, fallback=self.general)
        grow_to_fit(self)

    def _file_read(self, read: CertificateFile) -> None:
        self.read = read
        inspection = inspect_certificate(read.certificate)
        if read.private_key is not None:
            key = translate("CertificateImportDialog", "with its private key")
        else:
            key = translate("CertificateImportDialog", "without a private key")
        self.checks.show_inspection(inspection, f"{subject_of(read.certificate)} ({read.format}, {key})")
        self._certificate_shown()
        grow_to_fit(self)

    def clear_errors(self) -> None:
        self.form.clear()
        self.general.show_message("")

    def _set_password_row_visible(self, visible: bool) -> None:
        self.form.layout.setRowVisible(self.password.parentWidget().parentWidget(), visible)

    @property
    def password_row_visible(self) -> bool:
        return self.form.layout.isRowVisible(self.password.parentWidget().parentWidget())

    # subclasses: what to show once a certificate was read, or when none is
    def _certificate_shown(self) -> None:
        pass

    def _certificate_cleared(self) -> None:
        pass

    def reject(self) -> None:
        self.read = None  # the private key leaves memory with the dialog
        super().reject()


class CertificateImportDialog(CertificateFileDialog):
    """The participant certificate of an EORI: checks and what it replaces are shown before importing."""

    def __init__(self, context: UserContext, parent=None, eori: str = ""):
        super().__init__(context, translate("CertificateImportDialog", "Import participant certificate"), parent)
        self.setObjectName("CertificateImportDialog")
        self.imported: ImportResult | None = None
        self.names = known_eoris(context)
        self.eori = QComboBox()
        self.eori.setObjectName("eori")
        self.eori.setEditable(True)
        self.eori.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for known in sorted(self.names):
            self.eori.addItem(known)
        self.eori.setEditText(eori)
        self.eori.editTextChanged.connect(lambda *_: self.show_replacement())
        self.eori_names = QLabel()
        self.eori_names.setObjectName("eori_names")
        self.eori_names.setStyleSheet(text_style(HINT_COLOUR))
        self.replaces = QLabel()
        self.replaces.setObjectName("replaces")
        self.replaces.setWordWrap(True)
        self.test_note = QLabel()
        self.test_note.setObjectName("test_note")
        self.test_note.setWordWrap(True)
        self.test_note.hide()
        self.form.add("eori", translate("CertificateImportDialog", "&EORI:"), _row(self.eori, self.eori_names))
        self.form.add("replaces", translate("CertificateImportDialog", "Replaces:"), self.replaces)
        self.certificate_error = ErrorLabel()
        self.certificate_error.setObjectName("error_certificate")
        self.buttons = dialog_buttons(self, translate("CertificateImportDialog", "&Import"))
        _no_default_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.test_note)
        layout.addWidget(in_scroll_area(self.checks, "checks_area"), 1)
        layout.addWidget(self.certificate_error)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.checks.show_message(translate("CertificateImportDialog", "Choose the file to see whether the "
                                           "certificate can sign customs messages."))
        self._enable_import()
        self.show_replacement()
        self.resize(self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().lineSpacing() * 40)
        fit_to_screen(self, move=False)

    @property
    def import_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def current_eori(self) -> str:
        return normalise_eori(self.eori.currentText())

    def show_replacement(self) -> None:
        eori = self.current_eori()
        names = self.names.get(eori, [])
        self.eori_names.setText(", ".join(names))
        current = self.context.certificates.participant_for(eori) if eori else None
        if current is None:
            self.replaces.setText(translate("CertificateImportDialog", "nothing: it will be the first certificate "
                                            "of this EORI") if eori else "")
        else:
            self.replaces.setText(translate("CertificateImportDialog", "{certificate} valid until {date} (kept in "
                                            "the history)").format(certificate=short_subject(current),
                                                                   date=day(current.not_after)))
        self._show_test_note()

    def _certificate_shown(self) -> None:
        if not self.current_eori():
            guessed = guess_eori(self.read.certificate, sorted(self.names))
            if guessed:
                self.eori.setEditText(guessed)
        self._show_test_note()
        self._enable_import()

    def _certificate_cleared(self) -> None:
        self._show_test_note()
        self._enable_import()

    def _show_test_note(self) -> None:
        inspection = self.checks.inspection
        if self.read is None or inspection is None or not inspection.lasting_problems:
            self.test_note.hide()
            return
        production = [p.name for p in self.context.params.list()
                      if normalise_eori(p.eori) == self.current_eori() and p.environment == "production"]
        if production:
            self.test_note.setText(translate("CertificateImportDialog", "{note}, and {eori} sends in production with "
                                             "'{parameters}': this certificate will be refused.").format(
                note=translate("CertificateImportDialog", TEST_NOTE), eori=self.current_eori(),
                parameters=production[0]))
            self.test_note.setStyleSheet(REFUSED_STYLE)
        else:
            self.test_note.setText(translate("CertificateImportDialog", TEST_NOTE) + ".")
            self.test_note.setStyleSheet(NOTE_STYLE)
        self.test_note.show()

    def _enable_import(self) -> None:
        self.import_button.setEnabled(self.read is not None)
        self.import_button.setToolTip("" if self.read is not None else translate("CertificateImportDialog", NO_FILE))

    def clear_errors(self) -> None:
        super().clear_errors()
        self.certificate_error.show_message("")

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each under its field; what is wrong with the certificate itself under its checks."""
        self.form.show([e for e in errors if e.field != "certificate"], fallback=self.general)
        self.certificate_error.show_message("\n".join(e.message for e in errors if e.field == "certificate"))

    def accept(self) -> None:
        if self.read is None:
            self.show_errors([FieldError("file", translate("CertificateImportDialog", NO_FILE))])
            return
        try:
            self.imported = self.context.certificates.import_participant(self.current_eori(), self.read)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except UserError as exc:
            self.show_errors([])
            self.general.show_message(str(exc))
            return
        self.read = None
        super().accept()


class CertificateCheckDialog(CertificateFileDialog):
    """What a certificate file is fit for, without importing anything."""

    def __init__(self, context: UserContext, parent=None):
        super().__init__(context, translate("CertificateImportDialog", "Check a certificate file"), parent)
        self.setObjectName("CertificateCheckDialog")
        note = QLabel(translate("CertificateImportDialog", "Nothing is imported: this shows whether the "
                                "certificate in a file could sign customs messages."))
        note.setWordWrap(True)
        note.setStyleSheet(text_style(HINT_COLOUR))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        _no_default_button(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general)
        layout.addWidget(in_scroll_area(self.checks, "checks_area"), 1)
        layout.addWidget(buttons)
        self.checks.show_message(translate("CertificateImportDialog", "Choose a file (Choose…) to see its checks."))
        self.resize(self.fontMetrics().averageCharWidth() * 125, self.fontMetrics().lineSpacing() * 26)
        fit_to_screen(self, move=False)


class CustomsImportDialog(QDialog):
    """An administration's encryption certificate; with a date, messages use it from that day on."""

    def __init__(self, context: UserContext, parent=None, administration: str = "CZ", environment: str = "production"):
        super().__init__(parent)
        self.context = context
        self.certificate: x509.Certificate | None = None
        self.saved: StoredCertificate | None = None
        self.setWindowTitle(translate("CertificateImportDialog", "Import customs certificate"))
        self.setObjectName("CustomsImportDialog")
        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setPlaceholderText(translate("CertificateImportDialog",
                                               "PEM or DER file published by the administration"))
        self.path.returnPressed.connect(lambda: self.load_file(Path(self.path.text().strip())))
        choose = QPushButton(translate("CertificateImportDialog", "&Choose…"))
        choose.clicked.connect(self.choose_file)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.administration = QComboBox()
        for code, label in ADMINISTRATIONS.items():
            self.administration.addItem(label, code)
        self.administration.setCurrentIndex(max(0, self.administration.findData(administration)))
        self.environment = QComboBox()
        for code, label in ENVIRONMENTS.items():
            self.environment.addItem(label, code)
        self.environment.setCurrentIndex(max(0, self.environment.findData(environment)))
        self.takes_effect = optional_date_edit(translate("CertificateImportDialog", "at once", "takes effect: no date"))
        self.takes_effect.setObjectName("takes_effect")
        self.form = FieldForm(QFormLayout())
        self.form.add("file", translate("CertificateImportDialog", "&File:"), _row(self.path, choose),
                      also=("certificate", "private_key", "eori"))
        self.form.add("summary", translate("CertificateImportDialog", "Certificate:"), self.summary)
        self.form.add("administration", translate("CertificateImportDialog", "&Administration:"), self.administration)
        self.form.add("environment", translate("CertificateImportDialog", "En&vironment:"), self.environment)
        self.form.add("takes_effect", translate("CertificateImportDialog", "&Takes effect on:"), self.takes_effect,
                      translate("CertificateImportDialog", "The day the administration switches to it; until "
                                "then messages use the current one."))
        self.general = ErrorLabel()
        self.buttons = dialog_buttons(self, translate("CertificateImportDialog", "&Import"))
        _no_default_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 95, self.sizeHint().height())
        fit_to_screen(self, move=False)

    def choose_file(self) -> None:
        name = open_file_name(self, self.windowTitle(), customs_files())
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> bool:
        self.path.setText(str(path))
        self.certificate = None
        self.summary.setText("")
        self.form.clear()
        try:
            read = read_certificate_file(path, None)
        except ValidationError as exc:
            not_public = translate("CertificateImportDialog", "{file} is not a PEM or DER certificate: a customs "
                                   "certificate is public, so choose the certificate file the administration "
                                   "published.")
            errors = [FieldError("file", not_public.format(file=path.name))
                      if e.field == "password" else e for e in exc.errors]
            self.form.show(errors, fallback=self.general)
            grow_to_fit(self)
            return False
        self.certificate = read.certificate
        self.summary.setText(translate("CertificateImportDialog", "{subject}, valid {start} – {end}").format(
            subject=subject_of(read.certificate), start=day(read.certificate.not_valid_before_utc),
            end=day(read.certificate.not_valid_after_utc)))
        return True

    def accept(self) -> None:
        if self.certificate is None:
            self.form.show([FieldError("file", translate("CertificateImportDialog",
                                                         "Choose the customs certificate file first (Choose…)."))])
            return
        try:
            self.saved = self.context.certificates.import_customs(
                self.administration.currentData(), self.environment.currentData(), self.certificate,
                optional_date(self.takes_effect))
        except ValidationError as exc:
            self.form.show(exc.errors, fallback=self.general)
            grow_to_fit(self)
            return
        except UserError as exc:
            self.general.show_message(str(exc))
            grow_to_fit(self)
            return
        super().accept()
