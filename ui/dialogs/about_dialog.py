"""Help ▸ About CustomsDesk: the version and where this installation keeps its files, to copy for support."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from core.i18n import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("AboutDialog", "About CustomsDesk")


class AboutDialog(QDialog):
    """``details``: (label, value) pairs, shown one a line, selectable, and copied together with *Copy*."""

    def __init__(self, details: list[tuple[str, str]], data_dir: Path | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(translate("AboutDialog", TITLE))
        self.details = details
        self.data_dir = data_dir
        intro = QLabel(translate("AboutDialog", "<b>CustomsDesk</b> — organisations, NCTS guarantees, access codes "
                                 "and customs messages.<br>For a support request, <i>Copy</i> these details and paste "
                                 "them into your message."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for label, value in details:
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            shown.setWordWrap(True)
            form.addRow(f"{label}:", shown)
            self.values[label] = shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("AboutDialog", "&Copy"))
        self.copy_button.setObjectName("copy_details")
        self.copy_button.setToolTip(translate("AboutDialog",
                                              "Copy the version, the folders and the files to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button = QPushButton(translate("AboutDialog", "Open data &folder"))
        self.open_folder_button.setObjectName("open_data_folder")
        self.open_folder_button.setEnabled(data_dir is not None)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.details)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(translate("AboutDialog", "&Copied"))

    def open_data_folder(self) -> None:
        if self.data_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
