"""One dialog with a copyable report instead of a vanishing window."""
from __future__ import annotations

import sys
import traceback

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.errors import UserError


def crash_report(exc_type, exc, tb) -> str:
    import platform

    lines = traceback.format_exception(exc_type, exc, tb)
    return (f"CustomsDesk error report\nPython {platform.python_version()} on {platform.platform()}\n\n"
            + "".join(lines))


class CrashDialog(QDialog):
    def __init__(self, report: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("CustomsDesk — unexpected error")
        intro = QLabel("Something went wrong. Your data is safe: nothing unfinished was written.\n"
                       "Copy this report and send it to support.")
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        copy = QPushButton("&Copy report")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 420)


def install_crash_handler() -> None:
    def handle(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, UserError):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, "CustomsDesk", str(exc))
            return
        report = crash_report(exc_type, exc, tb)
        sys.stderr.write(report)
        CrashDialog(report).exec()

    sys.excepthook = handle
