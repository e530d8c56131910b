"""Settings: communication parameter sets (the NCTS tab) and reference data."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.communication import ADMINISTRATIONS, ENVIRONMENTS, CommParams
from core.errors import EditConflict, FieldError, UserError, ValidationError
from core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, current_language, translate
from languages import system_language
from ui.dialogs.form import ErrorLabel, FieldForm
from ui.dialogs.office_database import OfficeDatabasePage
from ui.file_dialogs import existing_folder, open_file_names
from ui.geometry import keep_geometry
from ui.language import SYSTEM, save_language, saved_language, window_language
from ui.theme import THEMES, saved_theme, set_theme, text_style

if TYPE_CHECKING:
    from core.context import UserContext

PROBLEM_COLOUR = "#c0392b"
REFERENCE_SOURCE = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Where the files come from: the EU reference data of NCTS phase 5 — the code lists (RD_NCTS-P5-….json.gz) "
    "and the customs office list (COL-Generic-….json.gz) — are published by the European Commission (DG TAXUD) "
    "in its Central Services / Reference Data system, CS/RD2. Your customs administration or its NCTS helpdesk "
    "tells you how to obtain the current files. Save them, then choose them all at once with Import reference "
    "data…; importing again later replaces what they contain.")


class ParamsListModel(QAbstractListModel):
    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.sets: list[CommParams] = context.params.list()

    def reload(self) -> None:
        self.beginResetModel()
        self.sets = self._context.params.list()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sets)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.sets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return p.label
        if role == Qt.ItemDataRole.ToolTipRole and not p.ncts_permit_number:
            return translate("SettingsDialog", "No NCTS permit number: guarantee messages cannot be sent with this set")
        return None


class CommParamsPage(QWidget):
    """The NCTS tab: list of parameter sets on the left, the selected set's fields on the right."""

    changed = Signal()

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self._current: CommParams | None = None
        self.model = ParamsListModel(context, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(self._select)
        new_button = QPushButton(translate("SettingsDialog", "&New", "a new parameter set"))
        new_button.clicked.connect(self.new_set)
        self.delete_button = QPushButton(translate("SettingsDialog", "De&lete"))
        self.delete_button.clicked.connect(self.delete_set)

        self.name = QLineEdit()
        self.administration = QComboBox()
        for code, label in ADMINISTRATIONS.items():
            self.administration.addItem(label, code)
        self.environment = QComboBox()
        for code, label in ENVIRONMENTS.items():
            self.environment.addItem(label, code)
        self.eori = QLineEdit()
        self.eori.setMaxLength(17)
        self.branch = QLineEdit("0000")
        self.branch.setMaxLength(4)
        self.participant_code = QLineEdit()
        self.ncts_permit_number = QLineEdit()
        self.ncts_permit_number.setObjectName("ncts_permit_number")
        self.gateway = QLineEdit()
        self.gateway.setPlaceholderText(translate("SettingsDialog", "https://gateway.example/ncts or a mailbox folder"))
        self.form = FieldForm(QFormLayout())
        self.form.add("name", translate("SettingsDialog", "&Name:"), self.name)
        self.form.add("administration", translate("SettingsDialog", "&Administration:"), self.administration)
        self.form.add("environment", translate("SettingsDialog", "En&vironment:"), self.environment)
        self.form.add("eori", translate("SettingsDialog", "Participant &EORI:"), self.eori)
        self.form.add("branch", translate("SettingsDialog", "&Branch:"), self.branch)
        self.form.add("participant_code", translate("SettingsDialog", "Participant &code:"), self.participant_code)
        self.form.add("ncts_permit_number", translate("SettingsDialog", "NCTS &permit number:"),
                      self.ncts_permit_number,
                      translate("SettingsDialog", "Permit number for electronic communication; no guarantee message "
                                "can be sent without it"))
        self.form.add("gateway", translate("SettingsDialog", "&Gateway:"), self.gateway)
        self.certificate_box = self._build_certificate_box()
        self.save_button = QPushButton(translate("SettingsDialog", "&Save parameter set"))
        self.save_button.clicked.connect(self.save)
        self.status = ErrorLabel()
        self.saved_label = QLabel()

        left = QVBoxLayout()
        left.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addLayout(self.form.layout)
        right.addWidget(self.certificate_box)
        right.addWidget(self.status)
        right.addWidget(self.saved_label)
        right.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        if self.model.sets:
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self.new_set()

    def _build_certificate_box(self) -> QGroupBox:
        """Read-only: the EORI's participant certificate and the administration's customs certificate in effect."""
        self.participant_certificate = QLabel()
        self.participant_certificate.setObjectName("participant_certificate")
        self.customs_certificate = QLabel()
        self.customs_certificate.setObjectName("customs_certificate")
        for label in (self.participant_certificate, self.customs_certificate):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificates_button = QPushButton(translate("SettingsDialog", "Cer&tificates…"))
        self.certificates_button.setToolTip(translate("SettingsDialog", "Import, check and renew certificates in "
                                                      "Settings ▸ Certificates"))
        self.certificates_button.clicked.connect(lambda: self.open_certificates())
        self.certificate_window = None
        self.eori.textChanged.connect(lambda *_: self.show_certificate_lines())
        for combo in (self.administration, self.environment):
            combo.currentIndexChanged.connect(lambda *_: self.show_certificate_lines())
        box = QGroupBox(translate("SettingsDialog", "Certificates of this set"))
        box.setObjectName("certificate_box")
        column = QVBoxLayout(box)
        column.addWidget(self.participant_certificate)
        column.addWidget(self.customs_certificate)
        column.addWidget(self.certificates_button, alignment=Qt.AlignmentFlag.AlignRight)
        return box

    def show_certificate_lines(self) -> None:
        from ui.models.certificates import customs_line, participant_line

        eori, environment = self.eori.text(), self.environment.currentData()
        certificates = self._context.certificates
        participant = certificates.participant_for(eori) if eori.strip() else None
        customs = certificates.customs_rows(self.administration.currentData(), environment)
        for label, what, line in (
            (self.participant_certificate, translate("SettingsDialog", "Participant certificate"),
             participant_line(participant, eori, environment)),
            (self.customs_certificate, translate("SettingsDialog", "Customs encryption certificate"),
             customs_line(customs)),
        ):
            label.setText(f"{what}: {line.text}")
            label.setStyleSheet(text_style(PROBLEM_COLOUR) if line.problem else "")

    def open_certificates(self):
        """The certificate window over this dialog; the lines follow what is imported there."""
        from ui.certificate_window import CertificateWindow

        if self.certificate_window is None:
            self.certificate_window = CertificateWindow(self._context, self.window())
            self.certificate_window.setWindowModality(Qt.WindowModality.WindowModal)
            self.certificate_window.certificates_changed.connect(self.show_certificate_lines)
        else:
            self.certificate_window.refresh()
        self.certificate_window.show()
        self.certificate_window.raise_()
        return self.certificate_window

    def _select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_set(self.model.sets[index.row()])

    def show_set(self, p: CommParams) -> None:
        self._current = p
        self.form.clear()
        self.saved_label.clear()
        self.name.setText(p.name)
        self.administration.setCurrentIndex(max(0, self.administration.findData(p.administration)))
        self.environment.setCurrentIndex(max(0, self.environment.findData(p.environment)))
        for field in ("eori", "branch", "participant_code", "ncts_permit_number", "gateway"):
            getattr(self, field).setText(getattr(p, field))
        self.delete_button.setEnabled(p.id is not None)
        self.show_certificate_lines()

    def new_set(self) -> None:
        self.list.clearSelection()
        self.show_set(CommParams(name=""))
        self.name.setFocus()

    def edited(self) -> CommParams:
        return CommParams(
            id=self._current.id if self._current else None, name=self.name.text(),
            administration=self.administration.currentData(), environment=self.environment.currentData(),
            eori=self.eori.text(), branch=self.branch.text(), participant_code=self.participant_code.text().strip(),
            ncts_permit_number=self.ncts_permit_number.text(), gateway=self.gateway.text(),
            version=self._current.version if self._current else 1,
        )

    def save(self) -> bool:
        try:
            saved = self._context.params.save(self.edited())
        except ValidationError as exc:
            self.form.show(exc.errors, fallback=self.status)
            return False
        except EditConflict as exc:  # saved elsewhere meanwhile: show it as saved now, the message says why
            current = self._current.id
            self.model.reload()
            self.show_set(next(p for p in self.model.sets if p.id == current))
            self.form.show([FieldError("name", str(exc))], fallback=self.status)
            return False
        self.model.reload()
        row = next(i for i, p in enumerate(self.model.sets) if p.id == saved.id)
        self.list.setCurrentIndex(self.model.index(row))
        self.saved_label.setText(translate("SettingsDialog", "Saved “{name}”.").format(name=saved.name))
        self.changed.emit()
        return True

    def delete_set(self) -> None:
        if not self._current or self._current.id is None:
            return
        users = self._context.params.users_of(self._current.id)
        question = translate("SettingsDialog", "Delete the parameter set “{name}”?").format(name=self._current.name)
        if users:
            question += "\n\n" + translate("SettingsDialog", "%n guarantee(s) use it; they will have no "
                                           "communication parameters until you choose others.", None, users)
        title = translate("SettingsDialog", "Delete parameter set")
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        self._context.params.delete(self._current.id)
        self.model.reload()
        self.changed.emit()
        if self.model.sets:
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self.new_set()


class ReferenceDataPage(QWidget):
    changed = Signal()

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error = ErrorLabel()
        self.source = QLabel(translate("SettingsDialog", REFERENCE_SOURCE))
        self.source.setObjectName("reference_source")
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(translate("SettingsDialog", "&Import reference data…"))
        button.clicked.connect(self.choose_and_import)
        self.schemas = QLabel()
        self.schemas.setWordWrap(True)
        self.schemas.setTextFormat(Qt.TextFormat.PlainText)
        self.schema_error = ErrorLabel()
        choose_schemas = QPushButton(translate("SettingsDialog", "Choose message &schema folder…"))
        choose_schemas.clicked.connect(self.choose_schema_folder)
        self.own_schemas_only = QPushButton(translate("SettingsDialog", "Use built-in schemas &only"))
        self.own_schemas_only.clicked.connect(lambda: self.use_schema_folder(None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.source)
        layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.schemas)
        layout.addWidget(self.schema_error)
        buttons = QHBoxLayout()
        buttons.addWidget(choose_schemas)
        buttons.addWidget(self.own_schemas_only)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        rows = self._context.reference_data.recent_imports()
        lines = [translate("SettingsDialog", "Customs offices known: {count}").format(
            count=self._context.catalogue.office_count())]
        if rows:
            lines.append(translate("SettingsDialog", "Last imports:"))
            imported = translate("SettingsDialog", "{file} (snapshot {snapshot}), imported {imported}: {lists} code "
                                 "lists, {offices} offices")
            lines += ["  " + imported.format(file=r.file_name, snapshot=r.snapshot_date or "?",
                                             imported=r.imported_at[:16].replace("T", " "), lists=r.lists,
                                             offices=r.offices) for r in rows]
        else:
            lines.append(translate("SettingsDialog", "No EU reference data imported yet: the built-in default is in "
                                   "use (guarantee types, error codes, currencies and a few offices of guarantee)."))
        self.summary.setText("\n".join(lines))
        folder = self._context.schema_folder()
        self.schemas.setText(
            translate("SettingsDialog", "Messages are checked against the built-in schemas and the official ones in "
                      "{folder}.").format(folder=folder) if folder else
            translate("SettingsDialog", "Messages are checked against the built-in schemas. Choose the folder of the "
                      "published NCTS XSD files (cc034c.xsd, cc037c.xsd, ...) to check against them as well."))
        self.own_schemas_only.setEnabled(folder is not None)

    def choose_schema_folder(self) -> None:
        folder = existing_folder(self, translate("SettingsDialog", "Folder of the published message schemas"))
        if folder:
            self.use_schema_folder(Path(folder))

    def use_schema_folder(self, folder: Path | None) -> bool:
        try:
            found = self._context.set_schema_folder(folder)
        except UserError as exc:
            self.schema_error.show_message(translate("SettingsDialog", "The schema folder was not changed: {reason}")
                                           .format(reason=exc))
            return False
        self.schema_error.show_message("")
        self.refresh()
        if found:
            self.schemas.setText(self.schemas.text() + "\n" + translate("SettingsDialog", "Found: {schemas}.").format(
                schemas=", ".join(found)))
        return True

    def choose_and_import(self) -> None:
        files = open_file_names(self, translate("SettingsDialog", "Import reference data"),
                                translate("SettingsDialog", "EU reference data") + " (*.json *.json.gz *.gz);;"
                                + translate("SettingsDialog", "All files") + " (*)")
        if files:
            self.import_files(files)

    def import_files(self, files: list[str]) -> bool:
        try:
            result = self._context.reference_data.import_files([Path(f) for f in files])
        except UserError as exc:
            self.error.show_message(translate("SettingsDialog", "Nothing was imported: {reason}").format(reason=exc))
            return False
        self.error.show_message("")
        self.refresh()
        self.summary.setText(self.summary.text() + "\n\n" + translate(
            "SettingsDialog", "Imported {lists} code lists and {offices} customs offices.").format(
            lists=len(result.lists), offices=result.customs_offices))
        self.changed.emit()
        return True


class AppearancePage(QWidget):
    """The theme of every window: the desktop's, or Qt's Fusion style light or dark (kept for this user)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for key, label in THEMES.items():
            self.theme.addItem(translate("Theme", label), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(saved_theme())))
        self.theme.currentIndexChanged.connect(lambda *_: set_theme(self.theme.currentData()))
        note = QLabel(translate("SettingsDialog", "System follows the desktop's own style and colours. Light and "
                                "Dark draw every CustomsDesk window in Qt's Fusion style with light or dark colours, "
                                "whatever the desktop uses; the change applies at once and is kept for your account "
                                "on this computer."))
        note.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(translate("SettingsDialog", "System ({language})").format(
            language=LANGUAGES[system_language()]), SYSTEM)
        for key, name in LANGUAGES.items():
            self.language.addItem(name, key)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(translate(
            "SettingsDialog", "The language of the windows, of the messages and of dates and amounts. It is kept for "
                              "your account on this computer and applies when CustomsDesk starts again."))
        self.language_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "&Theme:"), self.theme)
        form.addRow(translate("SettingsDialog", "&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.language_note)
        layout.addStretch(1)

    def _language_chosen(self) -> None:
        save_language(self.language.currentData())
        if window_language() != current_language():
            self.language_note.setText(translate(
                "SettingsDialog", "Saved: CustomsDesk speaks {language} when it starts again.").format(
                language=LANGUAGES[window_language()]))


class SettingsDialog(QDialog):
    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setObjectName("SettingsDialog")
        self.tabs = QTabWidget()
        self.ncts = CommParamsPage(context)
        self.reference = ReferenceDataPage(context)
        self.tabs.addTab(self.ncts, translate("SettingsDialog", "&NCTS — communication parameters"))
        self.tabs.addTab(self.reference, translate("SettingsDialog", "&Reference data"))
        self.appearance = AppearancePage()
        self.tabs.addTab(self.appearance, translate("SettingsDialog", "&Appearance"))
        self.office = OfficeDatabasePage(context.data_dir, may_change=context.access.is_admin)
        self.tabs.addTab(self.office, translate("SettingsDialog", "&Office database"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        wanted = QSize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().lineSpacing() * 36)
        self.geometry_keeper = keep_geometry(self, "settings_dialog", self.sizeHint().expandedTo(wanted))
