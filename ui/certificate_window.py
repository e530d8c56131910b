"""Settings ▸ Certificates (spec 03 §3.1, §3.3): the participant certificate of each EORI with its checks and
history, the customs encryption certificates with the dates they take effect, and the onboarding checklists."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.changes import CERTIFICATES, Changes
from core.errors import UserError, message_of
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.actions import add_close_action, make_action
from ui.certificate_checks import CheckLines, in_scroll_area
from ui.dialogs.certificate_import_dialog import (
    CertificateCheckDialog,
    CertificateImportDialog,
    CustomsImportDialog,
)
from ui.expiry_banner import ExpiryBanner
from ui.file_dialogs import save_file_name
from ui.geometry import keep_geometry
from ui.models.certificates import (
    CustomsTableModel,
    HistoryTableModel,
    ParticipantRow,
    ParticipantTableModel,
    customs_table_rows,
    participant_rows,
)
from ui.single_window import show_one
from ui.theme import text_style
from ui.views import button_row, enable_with_reason, fit_columns, single_record_view

if TYPE_CHECKING:
    from core.context import UserContext

MANAGE = QT_TRANSLATE_NOOP("CertificateWindow", "manage certificates")  # completes "Only … may …"
WIDEST_COLUMN = 320
READ_ONLY_STYLE = ("QLabel { background: #fff1b8; color: #202020; border: 1px solid #e0c040; border-radius: 3px;"
                   " padding: 6px; }")
CUSTOMS_NOTE = QT_TRANSLATE_NOOP(
    "CertificateWindow", "Messages are encrypted for the customs certificate in effect when they are sent. Store the "
    "next one as soon as the administration publishes it, with the day it takes effect.")


def export_files() -> str:
    """The filters of the export dialog: the descriptions in the user's language."""
    return (translate("CertificateWindow", "PEM certificate") + " (*.pem);;"
            + translate("CertificateWindow", "DER certificate") + " (*.cer *.der)")


def imported_text(eori: str, is_test: bool, replaced: str | None) -> str:
    """What the status bar says after a participant certificate was imported."""
    if is_test and replaced:
        text = translate("CertificateWindow", "Certificate of {eori} imported as a test certificate for training, "
                                              "replacing {replaced}.")
    elif is_test:
        text = translate("CertificateWindow", "Certificate of {eori} imported as a test certificate for training.")
    elif replaced:
        text = translate("CertificateWindow", "Certificate of {eori} imported, replacing {replaced}.")
    else:
        text = translate("CertificateWindow", "Certificate of {eori} imported.")
    return text.format(eori=eori, replaced=replaced)


def _table(model, name: str, stretch: int) -> QTableView:
    view = single_record_view(model, name, stretch)
    model.rowsInserted.connect(lambda *_: fit_columns(view, WIDEST_COLUMN))
    return view


def _group(title: str, widget: QWidget, name: str) -> QGroupBox:
    box = QGroupBox(title)
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 6, 8, 8)
    layout.addWidget(widget)
    return box


class CertificateWindow(QMainWindow):
    certificates_changed = Signal()

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.setObjectName("CertificateWindow")
        self.setWindowTitle(translate("CertificateWindow", "Certificates — CustomsDesk"))
        self.participant_model = ParticipantTableModel(self)
        self.history_model = HistoryTableModel(self)
        self.customs_model = CustomsTableModel(self)
        self.banner = ExpiryBanner(context, with_open_button=False)
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(READ_ONLY_STYLE)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_participant_tab(), translate("CertificateWindow", "&Participant certificates"))
        self.tabs.addTab(self._build_customs_tab(), translate("CertificateWindow", "C&ustoms certificates"))
        self.onboarding = self._build_onboarding_tab()
        self.tabs.addTab(self.onboarding, translate("CertificateWindow", "&Onboarding"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.addAction(make_action(self, translate("CertificateWindow", "&Refresh"), self.refresh,
                                   tip=translate("CertificateWindow", "Read the certificates again"),
                                   shortcut=QKeySequence.StandardKey.Refresh))
        add_close_action(self)
        self.geometry_keeper = keep_geometry(self, "certificate_window", QSize(1240, 840))
        self.refresh()

    @classmethod
    def show_for(cls, main_window) -> CertificateWindow | None:
        """The one certificate window of ``main_window``; what it imports reaches every view through the
        window's change notification."""
        return show_one(main_window, cls, wire=lambda window: window.certificates_changed.connect(
            lambda: main_window.changes.publish(Changes.of(CERTIFICATES))))

    # --- layout ------------------------------------------------------------------------------
    def _build_participant_tab(self) -> QWidget:
        self.import_button = QPushButton(translate("CertificateWindow", "&Import…"))
        self.export_button = QPushButton(translate("CertificateWindow", "&Export public certificate…"))
        self.check_button = QPushButton(translate("CertificateWindow", "&Check a file…"))
        for button, handler in ((self.import_button, self.import_certificate),
                                (self.export_button, self.export_selected), (self.check_button, self.check_file)):
            button.clicked.connect(lambda _=False, handler=handler: handler())
        self.participants = _table(self.participant_model, "participants", ParticipantTableModel.SUBJECT_COLUMN)
        self.participants.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.checks = CheckLines()
        self.history = _table(self.history_model, "history", 0)
        self.checks_box = _group(translate("CertificateWindow", "Checks"), in_scroll_area(self.checks, "checks_area"),
                                 "checks_box")
        self.history_box = _group(translate("CertificateWindow", "History"), self.history, "history_box")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.participants, 3), (self.checks_box, 5), (self.history_box, 2)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([220, 340, 150])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(button_row(self.import_button, self.export_button, self.check_button))
        layout.addWidget(self.splitter, 1)
        return tab

    def _build_customs_tab(self) -> QWidget:
        self.customs_import_button = QPushButton(translate("CertificateWindow", "&Import customs certificate…"))
        self.customs_import_button.clicked.connect(lambda: self.import_customs())
        note = QLabel(translate("CertificateWindow", CUSTOMS_NOTE))
        note.setWordWrap(True)
        note.setStyleSheet(text_style("#505050"))
        self.customs = _table(self.customs_model, "customs", CustomsTableModel.SUBJECT_COLUMN)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(button_row(self.customs_import_button))
        layout.addWidget(note)
        layout.addWidget(self.customs, 1)
        return tab

    def _build_onboarding_tab(self) -> QWidget:
        from ui.onboarding_page import OnboardingPage

        return OnboardingPage(self.context)

    # --- reading -----------------------------------------------------------------------------
    def refresh(self, eori: str | None = None) -> None:
        """Read everything again; the EORI selected (or ``eori``) stays selected."""
        selected = self.selected_row()
        eori = eori or (selected.eori if selected else None)
        self.banner.refresh()
        self.participant_model.set_rows(participant_rows(self.context))
        self.customs_model.set_rows(customs_table_rows(self.context.certificates.customs_rows()))
        self.onboarding.refresh()
        self.select_eori(eori)
        reason = self.context.access.why_not_manager(translate("CertificateWindow", MANAGE))
        self.read_only_note.setText(translate("CertificateWindow", "You see the certificates read-only. {reason}")
                                    .format(reason=reason) if reason else "")
        self.read_only_note.setVisible(reason is not None)
        self._update_buttons()

    def selected_row(self) -> ParticipantRow | None:
        index = self.participants.currentIndex()
        return self.participant_model.record(index.row()) if index.isValid() else None

    def select_eori(self, eori: str | None) -> None:
        row = self.participant_model.row_of_eori(eori) if eori else None
        if row is None and self.participant_model.rowCount():
            row = 0
        if row is not None:
            self.participants.setCurrentIndex(self.participant_model.index(row, 0))
        self.show_selected()

    def show_selected(self) -> None:
        row = self.selected_row()
        self._update_buttons()
        if row is None:
            self.checks.show_message(
                translate("CertificateWindow", "No EORI has a participant certificate or a parameter set yet."))
            self.history_model.set_rows([])
            return
        if row.certificate is None:
            self.checks.show_message(translate(
                "CertificateWindow", "EORI {eori} has no participant certificate, so its messages cannot be signed: "
                "import the qualified seal certificate issued for it (Import…).").format(eori=row.eori))
        else:
            self.checks.show_inspection(row.certificate.inspection(), row.certificate.subject)
        self.checks_box.setTitle(
            translate("CertificateWindow", "Checks of the certificate of {eori}").format(eori=row.eori))
        self.history_box.setTitle(translate("CertificateWindow", "History of {eori}").format(eori=row.eori))
        self.history_model.set_rows(self.context.certificates.history(row.eori))

    def _update_buttons(self) -> None:
        reason = self.context.access.why_not_manager(translate("CertificateWindow", MANAGE))
        enable_with_reason(self.import_button, reason, translate(
            "CertificateWindow", "Import the participant certificate of an EORI (PKCS#12/PFX, PEM or DER)"))
        enable_with_reason(self.customs_import_button, reason, translate(
            "CertificateWindow", "Store an administration's encryption certificate, with the day it takes effect"))
        row = self.selected_row()
        if row is None or row.certificate is None:
            why = (translate("CertificateWindow", "Select an EORI with a certificate first") if row is None
                   else translate("CertificateWindow", "{eori} has no certificate yet").format(eori=row.eori))
            enable_with_reason(self.export_button, why, "")
        else:
            enable_with_reason(self.export_button, None, translate(
                "CertificateWindow", "Write the public certificate only (for customs or the gateway operator): never "
                "the private key"))
        self.check_button.setToolTip(
            translate("CertificateWindow", "Show what the certificate in a file is fit for, without importing it"))

    # --- commands ----------------------------------------------------------------------------
    def import_certificate(self) -> CertificateImportDialog:
        row = self.selected_row()
        dialog = CertificateImportDialog(self.context, self, eori=row.eori if row else "")
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.imported is not None:
            imported = dialog.imported
            self._changed(imported.row.eori, imported_text(imported.row.eori, imported.row.is_test,
                                                           imported.replaced.subject if imported.replaced else None))
        return dialog

    def export_selected(self, path: Path | None = None) -> Path | None:
        row = self.selected_row()
        if row is None or row.certificate is None:
            return None
        if path is None:
            name = save_file_name(self, translate("CertificateWindow", "Export public certificate"),
                                  f"{row.eori}-certificate-{date.today()}.pem", export_files())
            if not name:
                return None
            path = Path(name)
        try:
            # the file dialog has asked before replacing a file (a path given is one chosen already)
            written = self.context.certificates.export_public(row.certificate.id, Path(path), replace=True)
        except UserError as exc:
            QMessageBox.warning(self, translate("CertificateWindow", "Export public certificate"), message_of(exc))
            return None
        self.statusBar().showMessage(translate(
            "CertificateWindow", "Public certificate of {eori} written to {path} (no private key).").format(
                eori=row.eori, path=written), 10_000)
        return written

    def check_file(self) -> CertificateCheckDialog:
        dialog = CertificateCheckDialog(self.context, self)
        dialog.exec()
        return dialog

    def import_customs(self) -> CustomsImportDialog:
        current = self.customs.currentIndex()
        chosen = self.customs_model.record(current.row()).certificate if current.isValid() else None
        preset = (chosen.administration, chosen.environment) if chosen else ()
        dialog = CustomsImportDialog(self.context, self, *preset)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            saved = dialog.saved
            self._changed(None, translate(
                "CertificateWindow", "Customs certificate {subject} stored for {administration} {environment}, in "
                "effect from {date}.").format(subject=saved.subject, administration=saved.administration,
                                              environment=saved.environment, date=f"{saved.effective_from:%Y-%m-%d}"))
            self.tabs.setCurrentIndex(1)
            row = self.customs_model.row_of(saved.id)
            if row is not None:
                self.customs.setCurrentIndex(self.customs_model.index(row, 0))
        return dialog

    def _changed(self, eori: str | None, message: str) -> None:
        self.refresh(eori)
        self.statusBar().showMessage(message, 15_000)
        self.certificates_changed.emit()
