"""One dialog with a copyable report instead of a vanishing window."""
from __future__ import annotations

import logging
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
from core.i18n import translate
from core.logs import app_version, log_file, redact

log = logging.getLogger(__name__)


def crash_report(exc_type, exc, tb) -> str:
    """What support gets: like the log, without a secret the error's text may hold."""
    import platform

    lines = traceback.format_exception(exc_type, exc, tb)
    return redact(f"CustomsDesk {app_version()} error report\nPython {platform.python_version()} on "
                  f"{platform.platform()}\nLog file: {log_file() or 'none'}\n\n" + "".join(lines))


class CrashDialog(QDialog):
    def __init__(self, report: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Crash", "CustomsDesk — unexpected error"))
        intro = QLabel(translate("Crash", "Something went wrong. Your data is safe: nothing unfinished was written.")
                       + "\n" + translate("Crash", "Copy this report and send it to support; they may also ask for "
                                                    "the log file it names."))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        copy = QPushButton(translate("Crash", "&Copy report"))
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

            log.warning("%s", exc, exc_info=(exc_type, exc, tb))
            QMessageBox.warning(None, "CustomsDesk", str(exc))
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        report = crash_report(exc_type, exc, tb)
        if sys.stderr is not None:  # None in a bundle without a console
            sys.stderr.write(report)
        CrashDialog(report).exec()

    sys.excepthook = handle
